import { describe, expect, it } from 'vitest';
import {
  augmentForIndex,
  answerOf,
  indexChunkSize,
  isListingPage,
  pagesForIndex,
  searchableWords,
  synonymsFor,
  titleOf,
  withoutInlineStyles,
} from './index-terms';
import { phraseKey } from './query';
import { META_FIELDS, TERMS_SEPARATOR } from './weights';

const page = (body: string, description = '简介') =>
  `<html lang="zh-CN"><head><meta name="description" content="${description}"></head><body><main id="main" data-pagefind-body>${body}</main></body></html>`;

/** The value of an inline `data-pagefind-meta="name:value"` in the indexed HTML. */
const metaOf = (html: string, name: string) => new RegExp(`data-pagefind-meta="${name}:([^"]*)"`).exec(html)?.[1];

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

describe('searchableWords', () => {
  it('separates words the way the search box does, each once, codes whole', () => {
    expect(searchableWords(['扣点太高', '扣点高'])).toBe('扣点 高');
    expect(searchableWords(['T+1 到账'])).toBe('t+1 到 账');
  });
});

describe('titleOf and answerOf', () => {
  it('read the first <h1> and the element marked as the answer', () => {
    const body = '<h1>钱<b>没</b>到账</h1><p class="x" data-pagefind-meta="answer" data-pagefind-weight="2">先确认 &amp; 再联系</p>';
    expect(titleOf(body)).toBe('钱 没 到账');
    expect(answerOf(body)).toBe('先确认 & 再联系');
    expect(answerOf('<h1>x</h1>')).toBeUndefined();
  });
});

describe('augmentForIndex', () => {
  const groups = [{ words: ['手续费', '扣点', '点数'] }];
  it('adds title and aliases, synonyms and filters as metadata, none of it as page text', () => {
    const html = augmentForIndex(
      page('<h1>手续费高</h1><p>正文</p>'),
      { path: '/fees/x/', aliases: ['扣点太高'], filters: { merchant: ['个体工商户'] } },
      groups,
    );
    expect(metaOf(html, META_FIELDS.heading)).toBe(phraseKey('手续费高'));
    expect(metaOf(html, META_FIELDS.terms)).toBe(phraseKey('扣点太高'));
    expect(metaOf(html, META_FIELDS.related)).toBe('点数'); // 扣点 is already an alias
    expect(html).toContain('data-pagefind-filter="merchant:个体工商户"');
    expect(html).not.toMatch(/>[^<]*扣点/); // no alias in the text Pagefind shows
    expect(metaOf(html, 'answer')).toBe('简介');
  });
  it('keeps each alias whole, so a query can be compared with it', () => {
    const html = augmentForIndex(page('<h1>x</h1>'), { path: '/x/', aliases: ['钱没到账', '到账慢', '钱没到账'], filters: {} }, []);
    expect(metaOf(html, META_FIELDS.terms)?.split(TERMS_SEPARATOR)).toEqual([phraseKey('钱没到账'), phraseKey('到账慢')]);
  });
  it('keeps the answer the page marks instead of the description', () => {
    const html = augmentForIndex(page('<h1>x</h1><p data-pagefind-meta="answer">答案</p>'), { path: '/x/', aliases: [], filters: {} }, []);
    expect(metaOf(html, 'answer')).toBeUndefined();
  });
  it('escapes aliases so content cannot add markup to the index', () => {
    const html = augmentForIndex(page('<h1>x</h1>'), { path: '/x/', aliases: ['"><b>粗</b>'], filters: {} }, []);
    expect(html).not.toContain('<b>粗');
    expect(metaOf(html, META_FIELDS.terms)).toContain('粗');
  });
  it('gives pages that are not entries no synonyms', () => {
    expect(augmentForIndex(page('<h1>手续费</h1>'), undefined, groups)).not.toContain(META_FIELDS.related);
  });
  it('chooses synonyms by what the entry is about, not by every word of its text', () => {
    const html = augmentForIndex(page('<h1>签到</h1><p>顺便提到手续费</p>'), { path: '/x/', aliases: [], filters: {} }, groups);
    expect(html).not.toContain(META_FIELDS.related);
  });
  it('leaves pages without an indexed body alone', () => {
    const html = '<html><body><main>手续费</main></body></html>';
    expect(augmentForIndex(html, { path: '/x/', aliases: ['a'], filters: {} }, groups)).toBe(html);
  });
});

describe('isListingPage', () => {
  it('is true for the home page, section indexes and the update log only', () => {
    expect(isListingPage('/')).toBe(true);
    expect(isListingPage('/faq/')).toBe(true);
    expect(isListingPage('/updates/')).toBe(true);
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
  it('leaves listing pages out and does not let a word most entries are about trigger its synonyms', () => {
    const out = pagesForIndex(pages, manifest);
    expect(out.map((p) => p.url)).toEqual(['/faq/a/', '/faq/b/', '/faq/c/', '/faq/d/']);
    expect(metaOf(out[0]?.content ?? '', META_FIELDS.related)).toBe('扣点');
    expect(out[1]?.content).not.toContain(META_FIELDS.related);
  });
});

describe('indexChunkSize', () => {
  it('grows with the square root of the text, within a sensible range', () => {
    expect(indexChunkSize(200_000)).toBe(1000);
    expect(indexChunkSize(800_000)).toBe(2000);
    expect(indexChunkSize(10)).toBe(500);
    expect(indexChunkSize(1e12)).toBe(20_000);
  });
});

describe('withoutInlineStyles', () => {
  it('leaves out every inline style element and keeps the rest of the page', () => {
    const html =
      '<html><head><style>main{color:red}</style><STYLE media="print">a{}</STYLE><title>页</title></head><body><main data-pagefind-body><h1>标题</h1><p>正文 style</p></main></body></html>';
    expect(withoutInlineStyles(html)).toBe(
      '<html><head><title>页</title></head><body><main data-pagefind-body><h1>标题</h1><p>正文 style</p></main></body></html>',
    );
  });
});
