import { describe, expect, it } from 'vitest';
import type { PagefindData } from './engine';
import { highlightWords, matchedTitleOrAliases, resultPassage, subPassages, tidyPassage, trimLeadingPunctuation } from './passage';
import { ANSWER_WEIGHT, META_FIELDS, TITLE_WEIGHT } from './weights';

const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
const at = (weight: number, location: number) => ({ weight, balanced_score: weight * weight, location });

const data = (over: Partial<PagefindData> = {}): PagefindData => ({
  url: '/faq/x/',
  excerpt: '：手续费<mark>高</mark>、<mark>扣点</mark>高、',
  meta: { title: '手续费为什么高', answer: '先核对合同约定的扣点和签购单。' },
  weighted_locations: [at(1, 40)],
  ...over,
});

describe('highlightWords', () => {
  it('marks every occurrence of the words, longest first, case-insensitively', () => {
    expect(text(highlightWords('扣点高，扣点多', ['扣点', '高']))).toBe('[扣点][高]，[扣点]多');
    expect(text(highlightWords('显示 a0 或 A0', ['A0']))).toBe('显示 [a0] 或 [A0]');
    expect(text(highlightWords('到账', ['到', '到账']))).toBe('[到账]');
  });
  it('treats the words as text, not as patterns', () => {
    expect(text(highlightWords('T+1 到账', ['T+1']))).toBe('[T+1] 到账');
    expect(text(highlightWords('无', ['.*']))).toBe('无');
  });
});

describe('trimLeadingPunctuation and tidyPassage', () => {
  it('never starts a passage with punctuation', () => {
    expect(
      text(
        trimLeadingPunctuation([
          { text: '：、 ', mark: false },
          { text: '扣点', mark: true },
        ]),
      ),
    ).toBe('[扣点]');
    expect(text(trimLeadingPunctuation([{ text: '，先看', mark: false }]))).toBe('先看');
  });
  it('turns the ". " Pagefind puts between list items into "。" after Chinese', () => {
    expect(text(tidyPassage([{ text: '第二天没有到账. 长假期间', mark: false }]))).toBe('第二天没有到账。长假期间');
    expect(text(tidyPassage([{ text: 'www.lakala.com', mark: false }]))).toBe('www.lakala.com');
    expect(
      text(
        tidyPassage([
          { text: '码 ', mark: true },
          { text: '68', mark: false },
        ]),
      ),
    ).toBe('[码] 68');
  });
});

describe('resultPassage', () => {
  it('shows the answer, highlighted, when the query matched the aliases', () => {
    const passage = resultPassage({ matchedMetaFields: [META_FIELDS.terms] }, data(), ['扣点', '高']);
    expect(text(passage)).toBe('先核对合同约定的[扣点]和签购单。');
  });
  it('shows the answer when the best match is the title or the answer itself', () => {
    expect(matchedTitleOrAliases({}, { weighted_locations: [at(1, 30), at(TITLE_WEIGHT, 0)] })).toBe(true);
    expect(matchedTitleOrAliases({}, { weighted_locations: [at(ANSWER_WEIGHT, 8)] })).toBe(true);
    expect(matchedTitleOrAliases({}, { weighted_locations: [] })).toBe(true);
  });
  it('shows the passage of the text when that is where the words are, without leading punctuation', () => {
    expect(text(resultPassage({}, data(), ['扣点']))).toBe('手续费[高]、[扣点]高、');
  });
  it('falls back to the excerpt when the page has no answer', () => {
    const passage = resultPassage({ matchedMetaFields: [META_FIELDS.terms] }, data({ meta: { title: 't' } }), ['扣点']);
    expect(text(passage)).toBe('手续费[高]、[扣点]高、');
  });
});

describe('subPassages', () => {
  const sub = (title: string, url: string, excerpt: string, element = 'h2', score = 1) => ({
    title,
    url,
    excerpt,
    anchor: { element, id: url.split('#')[1] ?? '' },
    weighted_locations: [{ weight: 1, balanced_score: score, location: 1 }],
  });
  it('keeps at most two passages under real headings, best first, without the heading repeated', () => {
    const subs = subPassages(
      data({
        sub_results: [
          sub('手续费为什么高', '/faq/x/', '<mark>扣点</mark>高'),
          sub('怎么核对', '/faq/x/#怎么核对', '怎么核对 拿出合同看<mark>扣点</mark>', 'h2', 1),
          sub('先弄清：扣点是什么', '/faq/x/#a', '弄清：扣点是什么 <mark>扣点</mark>就是费率', 'h2', 9),
          sub('还有', '/faq/x/#b', '也要看<mark>扣点</mark>', 'h3', 4),
        ],
      }),
      [],
    );
    expect(subs.map((s) => [s.title, text(s.parts)])).toEqual([
      ['先弄清：扣点是什么', '[扣点]就是费率'],
      ['还有', '也要看[扣点]'],
    ]);
  });
  it('drops a heading without a matching passage and a passage the result already shows', () => {
    const subs = subPassages(
      data({ sub_results: [sub('扣点', '/faq/x/#k', '<mark>扣点</mark>'), sub('核对', '/faq/x/#h', '看<mark>扣点</mark>')] }),
      [
        { text: '看', mark: false },
        { text: '扣点', mark: true },
      ],
    );
    expect(subs).toEqual([]);
  });
});
