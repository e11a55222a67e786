import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser';
import { DIST } from '../support/build';
import { browserGatePages } from '../support/browser-pages';
import { unreadableWithoutJs } from '../support/no-js';
import { forEachPage } from '../support/pool';
import { startServer, type StaticServer } from '../support/server';
import { closeAll } from '../support/teardown';

describe('without JavaScript', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer(DIST)]);
  });
  afterAll(async () => {
    await closeAll(browser, server);
  });

  it('every page the browser gates visit shows its main content: a visible <main> with an <h1> and more', async () => {
    const pages = browserGatePages(DIST);
    const unreadable: { page: string; problem: string }[] = [];
    await forEachPage(browser, { ...PHONE, javaScriptEnabled: false }, pages, async (page, path) => {
      const problem = await unreadableWithoutJs(page, server.origin + path);
      if (problem) unreadable.push({ page: path, problem });
    });
    console.log(`no JavaScript: ${pages.length} pages`);
    expect(pages.length).toBeGreaterThan(0);
    expect(unreadable).toEqual([]);
  }, 900_000);
});
