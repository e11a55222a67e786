import { describe, expect, it } from 'vitest';
import { augmentForIndex, indexedBody, isListingPage, pagesForIndex, synonymsFor, SYNONYM_SEPARATOR } from './index-terms';

const page = (body: string) =>
  `<html lang="zh-CN"><head><meta name="description" content="简介"></head><body><main id="main" data-pagefind-body>${body}</main></body></html>`;

describe('synonymsFor', () => {
  const groups = [{ words: ['手续费', '费率', '扣点'] }, { words: ['T+1', '次日到账'] }];
  it('adds the words of a group the page mentions but does not say', () => {
    expect(synonymsFor('本页讲手续费', groups)).toEqual(['费率', '扣点']);
  });
  it('matches regardless of width and case', () => {
    expect(synonymsFor('按 ｔ＋１ 结算', groups)).toEqual(['次日到账']);
  });
  it('adds nothing for unrelated pages', () => {
    expect(synonymsFor('签到', groups)).toEqual([]);
  });
});

describe('augmentForIndex', () => {
  const groups = [{ words: ['手续费', '扣点'] }];
  it('appends aliases, synonyms, filters and the description inside the indexed body', () => {
    const html = augmentForIndex(
      page('<h1>手续费</h1>'),
      { path: '/fees/x/', aliases: ['扣点太高'], filters: { merchant: ['个体工商户'] } },
      groups,
    );
    const body = indexedBody(html)!;
    expect(body).toContain('data-pagefind-weight="5">常见说法：扣点太高</p>');
    expect(body).not.toContain(SYNONYM_SEPARATOR + '扣点'); // already an alias
    expect(body).toContain('data-pagefind-filter="merchant[content]" content="个体工商户"');
    expect(body).toContain('data-pagefind-meta="description[content]" content="简介"');
  });
  it('escapes aliases so content cannot add markup to the index', () => {
    const html = augmentForIndex(page('<h1>x</h1>'), { path: '/x/', aliases: ['<b>粗</b>'], filters: {} }, []);
    expect(html).toContain('&#60;b&#62;粗');
  });
  it('gives pages that are not entries no synonyms', () => {
    expect(augmentForIndex(page('<p>手续费</p>'), undefined, groups)).not.toContain('相关说法');
  });
  it('leaves pages without an indexed body alone', () => {
    const html = '<html><body><main>手续费</main></body></html>';
    expect(augmentForIndex(html, { path: '/x/', aliases: ['a'], filters: {} }, groups)).toBe(html);
  });
});

describe('isListingPage', () => {
  it('is true for the home page and section indexes only', () => {
    expect(isListingPage('/')).toBe(true);
    expect(isListingPage('/faq/')).toBe(true);
    expect(isListingPage('/faq/money-not-arrived/')).toBe(false);
    expect(isListingPage('/about/')).toBe(false);
    expect(isListingPage('/troubleshoot/')).toBe(false);
  });
});

describe('pagesForIndex', () => {
  const manifest = {
    pages: [
      { path: '/faq/a/', aliases: [], filters: {} },
      { path: '/faq/b/', aliases: [], filters: {} },
      { path: '/faq/c/', aliases: [], filters: {} },
      { path: '/faq/d/', aliases: [], filters: {} },
    ],
    synonyms: [{ words: ['结算', '到账'] }, { words: ['手续费', '扣点'] }],
  };
  const pages = [
    { url: '/', content: page('<h1>首页</h1>') },
    { url: '/faq/', content: page('<h1>常见问题</h1>') },
    { url: '/faq/a/', content: page('<h1>结算 手续费</h1>') },
    { url: '/faq/b/', content: page('<h1>结算</h1>') },
    { url: '/faq/c/', content: page('<h1>结算</h1>') },
    { url: '/faq/d/', content: page('<h1>结算</h1>') },
  ];
  it('leaves listing pages out and does not let a word on most entries trigger its synonyms', () => {
    const out = pagesForIndex(pages, manifest);
    expect(out.map((p) => p.url)).toEqual(['/faq/a/', '/faq/b/', '/faq/c/', '/faq/d/']);
    expect(out[0]?.content).toContain('扣点');
    expect(out[0]?.content).not.toContain('到账');
    expect(out[1]?.content).not.toContain('相关说法');
  });
});
