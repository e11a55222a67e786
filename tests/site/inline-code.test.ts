import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { builtPages, readPage } from '../support/dist';
import { findInlineCode } from '../support/inline-code';
import { CSP_META } from '../../src/lib/deploy/csp';

describe('the strict Content-Security-Policy', () => {
  const pages = builtPages(DIST);

  it('is the first element of every page head', () => {
    console.log(`CSP meta and inline code: ${pages.length} pages`);
    const without = pages.filter((page) => {
      const first = parse(readPage(page, DIST)).querySelector('head')?.firstElementChild;
      return first?.getAttribute('http-equiv') !== 'Content-Security-Policy' || first.getAttribute('content') !== CSP_META;
    });
    expect(pages.length).toBeGreaterThan(0);
    expect(without).toEqual([]);
  });

  it('has nothing inline to block: no inline scripts or styles, event handlers or style attributes', () => {
    expect(findInlineCode(DIST)).toEqual([]);
  });
});
