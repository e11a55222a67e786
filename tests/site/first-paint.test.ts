import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser';
import { DIST } from '../support/build';
import { everyBuiltPage } from '../support/dist';
import { findFirstPaintProblems } from '../support/first-paint';
import { loadAndWatch, recordCspViolations } from '../support/runtime';
import { resolveFile } from '../support/server';
import { closeAll } from '../support/teardown';

describe('first paint', () => {
  it('every page paints with its HTML and at most one stylesheet request, its inline styles allowed by hash, its images sized', () => {
    console.log(`first paint: ${everyBuiltPage(DIST).length} pages`);
    expect(findFirstPaintProblems(DIST)).toEqual([]);
  });
});

/** The policy `_headers` gives every path, as a host that reads the file sends it. */
function headerPolicy(): string {
  const all = readFileSync(join(DIST, '_headers'), 'utf8').split('\n\n')[0]!;
  const line = all.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error('dist/_headers has no Content-Security-Policy for /*');
  return line.slice(line.indexOf(':') + 1).trim();
}

describe('the header policy and the page policy together', () => {
  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const PAGES = ['/', '/faq/', '/requirements/geti/', '/troubleshoot/', '/fees/calculator/'];
  let server: Server | undefined;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    const policy = headerPolicy();
    const site = createServer((req, res) => {
      const file = resolveFile(DIST, req.url ?? '/') ?? join(DIST, '404.html');
      res.writeHead(resolveFile(DIST, req.url ?? '/') ? 200 : 404, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': policy,
      });
      res.end(readFileSync(file));
    });
    server = site;
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeAll(browser);
    await new Promise((ok) => server?.close(ok));
  });

  it.each(PAGES)('%s is styled and breaks neither policy when the host sends the header', async (path) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await recordCspViolations(page);
    const runtime = await loadAndWatch(page, origin + path);
    expect(runtime.cspViolations).toEqual([]);
    // The inline style applied: the site's own colours and the header's layout, not the browser's defaults.
    const styled = await page.evaluate(() => ({
      rules: [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0),
      bodyMargin: getComputedStyle(document.body).margin,
    }));
    expect(styled.rules).toBeGreaterThan(20);
    expect(styled.bodyMargin).toBe('0px');
    await context.close();
  });
});
