import { describe, expect, it } from 'vitest';
import { tableOfContents } from './toc';

const h = (depth: number, text: string) => ({ depth, slug: text, text });

describe('tableOfContents', () => {
  it('nests h3 under the h2 before it and ignores other depths', () => {
    const toc = tableOfContents([h(3, '前言'), h(2, '一'), h(3, '一.1'), h(4, '细节'), h(2, '二'), h(2, '三')]);
    expect(toc).toEqual([
      { slug: '前言', text: '前言', children: [] },
      { slug: '一', text: '一', children: [{ slug: '一.1', text: '一.1', children: [] }] },
      { slug: '二', text: '二', children: [] },
      { slug: '三', text: '三', children: [] },
    ]);
  });

  it('is empty for short pages', () => {
    expect(tableOfContents([h(2, '一'), h(3, '一.1'), h(3, '一.2'), h(2, '二')])).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
  });
});
