import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser } from '../support/browser';
import { ROOT, TMP } from '../support/build';
import { validateHtml } from '../support/html-validate';
import { findInlineCode } from '../support/inline-code';
import { findBrokenLinks } from '../support/links';
import { unreadableWithoutJs } from '../support/no-js';
import { startServer, type StaticServer } from '../support/server';
import { sweepPages } from '../support/sweep';
import { CSP_META } from '../../src/lib/deploy/csp';

/**
 * The gates themselves: on a fixture with a broken link, an image without alt text and an
 * inline script, each gate must fail. A gate that cannot fail proves nothing.
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
    await browser?.close();
    await server?.close();
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

  it('the inline-code scan finds the inline script', () => {
    expect(findInlineCode(SITE)).toContainEqual({ page: '/', problem: expect.stringContaining('inline <script>') });
  });

  it('the browser gates catch the CSP violation, the console error, the failed request and the missing alt text', async () => {
    const [result] = await sweepPages(browser, server.origin, ['/']);
    if (!result) throw new Error('the sweep returned no page');
    expect(result.runtime.cspViolations.join('\n')).toContain('script-src');
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
