import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser } from '../support/browser';
import { ROOT, TMP } from '../support/build';
import { validateHtml } from '../support/html-validate';
import { findFirstPaintProblems } from '../support/first-paint';
import { findInlineCode } from '../support/inline-code';
import { findBrokenLinks } from '../support/links';
import { unreadableWithoutJs } from '../support/no-js';
import { startServer, type StaticServer } from '../support/server';
import { findStructureProblems } from '../support/structure';
import { sweepPages } from '../support/sweep';
import { CSP_META } from '../../src/lib/deploy/csp';
import { closeAll } from '../support/teardown';

/**
 * The gates themselves: on a fixture with a broken link, an image without alt text, an inline
 * script, an unhashed inline style and a page with two render-blocking stylesheets, each gate
 * must fail. A gate that cannot fail proves nothing.
 */
const FIXTURE = join(ROOT, 'tests/fixtures/gates');
const SITE = join(TMP, 'gates');

describe('the quality gates catch what they are for', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    rmSync(SITE, { recursive: true, force: true });
    cpSync(FIXTURE, SITE, { recursive: true });
    for (const page of ['index.html', 'no-js/index.html']) {
      const file = join(SITE, page);
      writeFileSync(file, readFileSync(file, 'utf8').replace('%CSP%', CSP_META));
    }
    [browser, server] = await Promise.all([launchBrowser(), startServer(SITE)]);
  });
  afterAll(async () => {
    await closeAll(browser, server);
    rmSync(SITE, { recursive: true, force: true });
  });

  it('the link gate finds the broken link and the missing image', () => {
    const broken = findBrokenLinks(SITE);
    expect(broken).toContainEqual({ page: '/', href: '/missing/', reason: 'no such page' });
    expect(broken).toContainEqual({ page: '/', href: '/gone.png', reason: 'no such page' });
  });

  it('the HTML gate finds the image without alt text', async () => {
    const { errors } = await validateHtml(SITE);
    expect(errors.filter((e) => e.page === '/').map((e) => e.rule)).toContain('wcag/h37');
  });

  it('the structure gate finds the image without alt text and the page whose <main> has no <h1>', () => {
    const problems = findStructureProblems(SITE);
    expect(problems).toContainEqual({ page: '/', problem: '<img src="/pixel.svg"> has no alt attribute' });
    expect(problems).toContainEqual({ page: '/no-js/', problem: '0 <h1> elements' });
  });

  it('the inline-code scan finds the inline script and the inline style without a hash, and accepts a hashed one', () => {
    const found = findInlineCode(SITE);
    expect(found).toContainEqual({ page: '/', problem: expect.stringContaining('inline <script>') });
    expect(found).toContainEqual({
      page: '/',
      problem: expect.stringContaining("inline <style> without a hash in the page's policy: main { max-width"),
    });
    const firstPaintPage = found.filter((f) => f.page === '/first-paint/').map((f) => f.problem);
    expect(firstPaintPage).toEqual([expect.stringContaining('h1 { color')]);
  });

  it('the first-paint check names the page with two stylesheets, an unhashed style, an image without size, the link-preview image and an inlined script that imports a file', () => {
    const problems = findFirstPaintProblems(SITE)
      .filter((p) => p.page === '/first-paint/')
      .map((p) => p.problem);
    expect(problems).toEqual([
      '2 render-blocking requests before first paint (at most 1): stylesheet /first-paint/one.css, stylesheet /first-paint/two.css',
      expect.stringMatching(/^inline <style> without a hash in the page's policy: h1 \{ color/),
      'the script from /_astro/page.js must fetch /_astro/shared.js before it can run',
      '<img src="/pixel.svg"> without width and height',
      'loads the link-preview image on the page: <img> /og/default.png',
    ]);
  });

  it('the browser gates catch the CSP violations, the console error, the failed request and the missing alt text', async () => {
    const [result] = await sweepPages(browser, server.origin, ['/']);
    if (!result) throw new Error('the sweep returned no page');
    expect(result.runtime.cspViolations.join('\n')).toContain('script-src');
    expect(result.runtime.cspViolations.join('\n')).toContain('style-src');
    expect(result.runtime.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    expect(result.runtime.failedRequests.join('\n')).toContain('/gone.png (HTTP 404)');
    expect(result.axe[0]?.violations.map((v) => v.rule)).toContain('image-alt');
  });

  it('the CSP really blocks the inline script, not only reports it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    expect(await page.evaluate(() => document.documentElement.dataset.inline)).toBeUndefined();
    await page.close();
  });

  it('the no-JavaScript gate fails a page whose content only a script writes', async () => {
    const withoutJs = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const withJs = await browser.newContext(DESKTOP);
    try {
      expect(await unreadableWithoutJs(await withoutJs.newPage(), `${server.origin}/no-js/`)).toBeTypeOf('string');
      expect(await unreadableWithoutJs(await withJs.newPage(), `${server.origin}/no-js/`)).toBeUndefined();
    } finally {
      await withoutJs.close();
      await withJs.close();
    }
  });
});
