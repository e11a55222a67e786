import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { everyBuiltPage, readPage } from '../support/dist';
import { findInlineCode, inlinedScriptTexts, inlineStyleTexts, sha256Source } from '../support/inline-code';
import { cspForPage } from '../../src/lib/deploy/csp';

describe('the strict Content-Security-Policy', () => {
  const pages = everyBuiltPage(DIST);

  it("is the first element of every page head: the site's policy plus the hashes of that page's own inline styles and scripts", () => {
    console.log(`CSP meta and inline code: ${pages.length} pages`);
    const without = pages.filter((page) => {
      const html = readPage(page, DIST);
      const first = parse(html).querySelector('head')?.firstElementChild;
      const expected = cspForPage(inlineStyleTexts(html).map(sha256Source), inlinedScriptTexts(html).map(sha256Source));
      return first?.getAttribute('http-equiv') !== 'Content-Security-Policy' || first.getAttribute('content') !== expected;
    });
    expect(pages.length).toBeGreaterThan(0);
    expect(without).toEqual([]);
  });

  it('has nothing inline to block: no hand-written inline scripts, no unhashed inline styles or scripts, event handlers or style attributes', () => {
    expect(findInlineCode(DIST)).toEqual([]);
  });
});
