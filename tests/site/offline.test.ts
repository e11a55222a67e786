import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, TMP } from '../support/build';
import { launchBrowser, newContext } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { closeAll } from '../support/teardown';

// A copy of the build, so a test can change a page without touching the shared dist/.
const SITE = join(TMP, 'offline-dist');
const PAGE = '/faq/what-is-settlement-failure/';

let browser: Browser;
const open: { context: BrowserContext; server: StaticServer }[] = [];

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(DIST, SITE, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const { context, server } of open) {
    await context.close();
    await server.close();
  }
  await closeAll(browser);
  rmSync(SITE, { recursive: true, force: true });
});

async function visit(): Promise<{ page: Page; context: BrowserContext; origin: string }> {
  const server = await startServer(SITE, '/');
  const context = await newContext(browser);
  open.push({ context, server });
  const page = await context.newPage();
  await page.goto(server.origin + PAGE);
  // Wait until the worker runs and has saved this page.
  await page.evaluate(async () => {
    const deadline = Date.now() + 15_000;
    while (!(navigator.serviceWorker.controller && (await caches.match(location.href)))) {
      if (Date.now() > deadline) throw new Error('the service worker did not take control and save the page');
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  return { page, context, origin: server.origin };
}

const h1 = (page: Page) => page.locator('h1').first().textContent();

describe('offline reading', () => {
  it('a visited page, its styles and the troubleshooter open with the network off', async () => {
    const { page, context, origin } = await visit();
    const title = await h1(page);
    await context.setOffline(true);

    await page.reload();
    expect(await h1(page)).toBe(title);
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
    expect(styled).toBe(true);

    await page.goto(`${origin}/troubleshoot/`);
    expect(await page.locator('main').textContent()).toBeTruthy();
    expect(await page.title()).not.toContain('网络已断开');

    // A page never visited cannot be there: the reader gets a plain explanation, not the browser's error.
    const response = await page.goto(`${origin}/about/`);
    expect(response?.status()).toBe(503);
    expect(await h1(page)).toBe('网络已断开');
  });

  it('serves the current page from the network when online, never a stale copy', async () => {
    const { page, context } = await visit();
    const file = join(SITE, PAGE, 'index.html');
    const before = readFileSync(file, 'utf8');
    try {
      const changed = before.replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>刚刚改过的标题</h1>');
      expect(changed).not.toBe(before);
      writeFileSync(file, changed);
      await page.reload();
      expect(await h1(page)).toBe('刚刚改过的标题');

      // And the fresh copy is what offline reading keeps.
      await context.setOffline(true);
      await page.reload();
      expect(await h1(page)).toBe('刚刚改过的标题');
    } finally {
      writeFileSync(file, before);
    }
  });
});
