import { describe, expect, it } from 'vitest';
import { parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('keeps <mark> as highlighting', () => {
    expect(parseExcerpt('钱没<mark>到账</mark>怎么办')).toEqual([
      { text: '钱没', mark: false },
      { text: '到账', mark: true },
      { text: '怎么办', mark: false },
    ]);
  });
  it('turns any other markup into harmless text or nothing', () => {
    const parts = parseExcerpt('<img src=x onerror=alert(1)><mark>51</mark>&lt;script&gt;');
    expect(parts).toEqual([
      { text: '51', mark: true },
      { text: '<script>', mark: false },
    ]);
  });
  it('decodes entities, ignoring invalid code points', () => {
    expect(parseExcerpt('T&#43;1 &amp; D0 &#x110000;')).toEqual([{ text: 'T+1 & D0 ', mark: false }]);
  });
});
