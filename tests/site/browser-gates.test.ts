import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { DIST } from '../support/build';
import { browserGatePages } from '../support/browser-pages';
import { startServer, type StaticServer } from '../support/server';
import { loadAndWatch } from '../support/runtime';
import { findings, sweepPages, type PageResult } from '../support/sweep';
import { COLOR_SCHEMES, VIEWPORTS } from '../support/variants';
import { closeAll } from '../support/teardown';

/**
 * The browser gates visit one page per route pattern, plus the pages that bring element kinds
 * no other visited page has (tests/support/page-selection.ts): every component, widget, script
 * and element of the build is loaded, checked by axe and watched for errors at least once. The
 * static gates (links, HTML validity, inline code) read every page.
 */
describe('the pages the browser gates visit, in a real browser', () => {
  let browser: Browser;
  let server: StaticServer;
  let results: PageResult[] = [];
  const pages = browserGatePages(DIST);

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer(DIST)]);
    const started = Date.now();
    results = await sweepPages(browser, server.origin, pages);
    console.log(
      `browser gates: ${pages.length} pages × ${VIEWPORTS.length} viewports (axe × ${COLOR_SCHEMES.length} colour schemes) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 1_800_000);
  afterAll(async () => {
    await closeAll(browser, server);
  });

  it('visited every selected page in every viewport', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(results).toHaveLength(pages.length * VIEWPORTS.length);
  });

  it('breaks no rule of the Content-Security-Policy', () => {
    expect(findings(results, (r) => r.runtime.cspViolations)).toEqual([]);
  });

  it('logs no console error and throws no uncaught exception', () => {
    expect(findings(results, (r) => r.runtime.consoleErrors)).toEqual([]);
  });

  it('has no failed request', () => {
    expect(findings(results, (r) => r.runtime.failedRequests)).toEqual([]);
  });

  it(`has no accessibility violation (axe: ${AXE_TAGS.join(', ')}), light and dark`, () => {
    expect(findings(results, (r) => r.axe.filter((a) => a.violations.length > 0))).toEqual([]);
  });

  it('the 404 page, served at an unknown nested path, loads all its assets', async () => {
    const page = await browser.newPage();
    const runtime = await loadAndWatch(page, `${server.origin}/faq/no-such-entry/`);
    await page.close();
    expect(runtime.failedRequests).toEqual([`${server.origin}/faq/no-such-entry/ (HTTP 404)`]);
    expect(runtime.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
