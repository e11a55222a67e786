import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { readResults, searchPage, waitForSearch } from '../support/search';
import { kbBuild, KB_BASE as BASE } from '../support/shared-builds';
import { closeAll } from '../support/teardown';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const built = await kbBuild();
  if (built.status !== 0) throw new Error(`build under ${BASE} failed:\n${built.output.slice(-4000)}`);
  browser = await launchBrowser();
  server = await startServer(built.outDir, BASE);
});

afterAll(async () => {
  await closeAll(browser, server);
});

describe(`search under the base path ${BASE}`, () => {
  it('loads the index from the base path and links results under it', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const results = await searchPage(page, server.origin, 'A0', BASE);
    expect(results[0]?.href).toBe(`${BASE}codes/A0/`);
    expect(results.every((r) => r.href.startsWith(BASE))).toBe(true);

    await page.goto(`${server.origin}${BASE}`);
    await page.click('[data-search-open]');
    // The panel loads on first use: type once its field has focus.
    await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
    await page.keyboard.type('51');
    await waitForSearch(page, 'dialog');
    expect((await readResults(page, 'dialog'))[0]?.href).toBe(`${BASE}codes/51/`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
