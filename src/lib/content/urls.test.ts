import { describe, expect, it } from 'vitest';
import { basePath, entryUrl, sectionUrl, withBase } from './urls';

describe('urls', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/kb', '/kb/'],
    ['kb/', '/kb/'],
    ['/kb/docs/', '/kb/docs/'],
  ])('normalises base %j to %j', (base, expected) => {
    expect(basePath(base)).toBe(expected);
  });

  it('prefixes paths with the base', () => {
    expect(withBase('/faq/', '/kb')).toBe('/kb/faq/');
    expect(sectionUrl('fees', '/')).toBe('/fees/');
    expect(entryUrl({ collection: 'codes', id: 'A0' }, '/kb/')).toBe('/kb/codes/A0/');
  });

  it('leaves absolute URLs and fragments alone', () => {
    expect(withBase('https://www.lakala.com/', '/kb')).toBe('https://www.lakala.com/');
    expect(withBase('mailto:a@b.c', '/kb')).toBe('mailto:a@b.c');
    expect(withBase('#top', '/kb')).toBe('#top');
  });
});
