import { describe, expect, it } from 'vitest';
import { isWrittenFor, searchSite, typedFirst, type PagefindApi, type PagefindHit } from './engine';

/**
 * A fake index: a page matches a query when it has every word (as Pagefind, by prefix); an exact
 * query ("...") matches whole words only. Scores fall with the page's position.
 */
function fakePagefind(pages: Record<string, string>): PagefindApi & { queries: string[] } {
  const queries: string[] = [];
  const hit = (id: string, score: number): PagefindHit => ({
    id,
    score,
    data: () => Promise.resolve({ url: `/${id}/`, excerpt: pages[id] ?? '', meta: { title: id } }),
  });
  return {
    queries,
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    preload: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    search: (term) => {
      queries.push(term ?? '');
      const exact = /^".*"$/.test(term ?? '');
      const words = (term ?? '').replace(/"/g, '').split(' ');
      const has = (text: string, w: string) => (exact ? text.split(' ').includes(w) : text.split(' ').some((t) => t.startsWith(w)));
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((w) => has(text, w)))
        .map(([id], i) => hit(id, 100 - i));
      return Promise.resolve({ results, totalFilters: {} });
    },
  };
}

describe('searchSite', () => {
  it('does not search for an empty query', async () => {
    const pf = fakePagefind({ a: '到账' });
    expect(await searchSite(pf, '   ')).toBeUndefined();
    expect(pf.queries).toEqual([]);
  });
  it('does not search for filler alone: it would match nearly every page', async () => {
    const pf = fakePagefind({ a: '怎么办 到账', b: '怎么办 签到' });
    const outcome = await searchSite(pf, '怎么办');
    expect(outcome).toMatchObject({ words: [], hits: [], partial: [], counts: {} });
    expect(pf.queries).toEqual([]);
  });
  it('searches once, in the index order, when enough pages have every word', async () => {
    const pf = fakePagefind({ a: '冻结 1', b: '冻结 2', c: '冻结 3' });
    const outcome = await searchSite(pf, '冻结');
    expect(outcome?.hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(outcome?.partial).toEqual([]);
    expect(pf.queries).toEqual(['冻结']);
  });
  it('drops filler words before searching', async () => {
    const pf = fakePagefind({ fees: '扣点 电话', other: '电话', none: '冻结' });
    const outcome = await searchSite(pf, '扣点 电话 怎么办呢');
    expect(outcome?.hits.map((h) => h.id)).toEqual(['fees']);
    expect(pf.queries[0]).toBe('扣点 电话');
  });
  it('keeps pages with at least half of the words apart, ranked by how many they have', async () => {
    const pf = fakePagefind({ one: '扣点', three: '扣点 结算 电话', two: '结算 电话', none: '收据' });
    const outcome = await searchSite(pf, '扣点 结算 电话 冻结');
    expect(outcome?.hits).toEqual([]);
    expect(outcome?.partial.map((h) => h.id)).toEqual(['three', 'two']);
  });
  it('lists full matches first and partial ones after them, each page once', async () => {
    const pf = fakePagefind({ full: '扣点 冻结', half: '冻结', other: '扣点' });
    const outcome = await searchSite(pf, '扣点 冻结');
    expect(outcome?.hits.map((h) => h.id)).toEqual(['full']);
    expect(outcome?.partial.map((h) => h.id).sort()).toEqual(['half', 'other']);
  });
});

describe('codes and numbers', () => {
  it('finds nothing for a code the index does not have, instead of a shorter prefix of it', async () => {
    const pf = fakePagefind({ t1: 'T+1 1 到账', line: '拨打 12363' });
    expect((await searchSite(pf, '12363'))?.hits.map((h) => h.id)).toEqual(['line']);
    expect((await searchSite(pf, '12399'))?.hits).toEqual([]);
  });
  it('searches the other words when a code in the query is missing, as a partial match', async () => {
    const pf = fakePagefind({ a: '冻结 51', b: '冻结' });
    const outcome = await searchSite(pf, '冻结 99');
    expect(outcome?.hits).toEqual([]);
    expect(outcome?.partial.map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('question words', () => {
  it('are not searched, but pages that also have them come first', async () => {
    const pf = fakePagefind({ term: '跳 码 风控', definition: '跳 码 什么 意思' });
    const plain = await searchSite(pf, '跳码');
    expect(plain?.hits.map((h) => h.id)).toEqual(['term', 'definition']);
    const asked = await searchSite(pf, '跳码是什么');
    expect(asked?.hits.map((h) => h.id)).toEqual(['definition', 'term']);
    expect(pf.queries).toContain('跳 码 什么');
  });
  it('never cost a page its place among the results', async () => {
    const pf = fakePagefind({ only: '冻结 账户' });
    expect((await searchSite(pf, '冻结为什么'))?.hits.map((h) => h.id)).toEqual(['only']);
  });
});

describe('typedFirst', () => {
  const shown = (terms: string[]) => terms.map((t, i) => ({ id: i, meta: { terms: t } }));
  it('puts the entry whose alias is the query word for word first, the rest in order', () => {
    const out = typedFirst(shown(['钱 没 到 账', '刷卡 机 不到 账 | 不到 账', '到 账']), '不到 账');
    expect(out.map((r) => r.id)).toEqual([1, 0, 2]);
  });
  it('compares whole aliases and titles, not parts of them', () => {
    expect(typedFirst(shown(['x', '刷卡 机 不到 账']), '不到 账').map((r) => r.id)).toEqual([0, 1]);
    expect(
      typedFirst(
        [
          { id: 0, meta: {} },
          { id: 1, meta: { heading: '签 到' } },
        ],
        '签 到',
      ).map((r) => r.id),
    ).toEqual([1, 0]);
  });
});

describe('isWrittenFor', () => {
  it('is true for a title or one alias that is the query word for word, and nothing less', () => {
    expect(isWrittenFor({ heading: '签 到' }, '签 到')).toBe(true);
    expect(isWrittenFor({ terms: '刷卡 机 不到 账 | 不到 账' }, '不到 账')).toBe(true);
    expect(isWrittenFor({ terms: '刷卡 机 不到 账' }, '不到 账')).toBe(false);
    expect(isWrittenFor({ title: '不到 账' }, '不到 账')).toBe(false);
    expect(isWrittenFor({}, '')).toBe(false);
  });
});
