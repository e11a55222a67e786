import { describe, expect, it } from 'vitest';
import { searchSite, type PagefindApi, type PagefindHit } from './engine';

/** A fake index: a page matches a query when it contains every word of it. */
function fakePagefind(pages: Record<string, string>): PagefindApi & { queries: string[] } {
  const queries: string[] = [];
  const hit = (id: string, score: number): PagefindHit => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, excerpt: pages[id] ?? '', meta: { title: id } }),
  });
  return {
    queries,
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => ({}),
    search: async (term) => {
      queries.push(term ?? '');
      const words = (term ?? '').split(' ');
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.includes(w)))
        .map(([id, text], i) => hit(id, text.length - i));
      return { results, totalFilters: {} };
    },
  };
}

describe('searchSite', () => {
  it('does not search for an empty query', async () => {
    const pf = fakePagefind({ a: '到账' });
    expect((await searchSite(pf, '   ')).hits).toEqual([]);
    expect(pf.queries).toEqual([]);
  });
  it('stops at the query as typed when it finds enough', async () => {
    const pf = fakePagefind({ a: '冻结 1', b: '冻结 2', c: '冻结 3' });
    const outcome = await searchSite(pf, '冻结');
    expect(outcome.stage).toBe('exact');
    expect(outcome.hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(pf.queries).toEqual(['冻结']);
  });
  it('drops filler words before searching', async () => {
    const pf = fakePagefind({ fees: '扣点 手续费', other: '手续费', none: '签到' });
    const outcome = await searchSite(pf, '扣点 手续费 怎么办呢');
    expect(outcome.stage).toBe('relaxed');
    expect(outcome.hits.map((h) => h.id)[0]).toBe('fees');
  });
  it('then ranks pages by how many of the words they match', async () => {
    const pf = fakePagefind({ one: '扣点', both: '扣点 签到 机器', two: '签到 机器', none: '收据' });
    const outcome = await searchSite(pf, '扣点 签到 机器 冻结');
    expect(outcome.stage).toBe('words');
    expect(outcome.hits.map((h) => h.id)).toEqual(['both', 'two', 'one']);
  });
});

describe('ranking', () => {
  it('moves pages with the query words side by side ahead of pages that scatter them', async () => {
    const pf = fakePagefind({ scattered: '扣点 很多 服务 费率 提高', together: '常见说法：扣点高' });
    const outcome = await searchSite(pf, '扣点太高');
    expect(outcome.hits.map((h) => h.id)).toEqual(['together', 'scattered']);
  });
});

describe('codes and numbers', () => {
  it('drops hits where Pagefind fell back to a shorter prefix of a number', async () => {
    const hit = (id: string, excerpt: string): PagefindHit => ({
      id,
      score: 1,
      data: async () => ({ url: `/${id}/`, excerpt, meta: {} }),
    });
    const pf: PagefindApi = {
      options: async () => undefined,
      init: async () => undefined,
      filters: async () => ({}),
      search: async () => ({ results: [hit('t1', 'T+<mark>1</mark> 到账'), hit('line', '拨打 <mark>12363</mark>')] }),
    };
    expect((await searchSite(pf, '12363')).hits.map((h) => h.id)).toEqual(['line']);
    const t1: PagefindApi = { ...pf, search: async () => ({ results: [hit('t1', '<mark>T</mark><mark>+</mark><mark>1</mark>')] }) };
    expect((await searchSite(t1, 'T+1')).hits.map((h) => h.id)).toEqual(['t1']);
  });
});
