import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { DIST } from '../support/build';
import { focusablesIn, focused, tab, tabUntil } from '../support/keyboard';
import { startServer, type StaticServer } from '../support/server';
import { VIEWPORTS } from '../support/variants';
import { closeAll } from '../support/teardown';

/**
 * Keyboard-only walks through the interactive parts of the site. Add a walk for a new widget
 * with its own `describe` block: open its page with `open()`, move with `tab()` / `tabUntil()`
 * and the keyboard, and check `focused()` after each step.
 */
describe('keyboard only', () => {
  let browser: Browser;
  let server: StaticServer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer(DIST)]);
    for (const viewport of VIEWPORTS) contexts.push(await browser.newContext(viewport.options));
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await closeAll(browser, server);
  });

  async function open(path: string, viewport = 0): Promise<Page> {
    const context = contexts[viewport];
    if (!context) throw new Error(`no browser context for viewport ${viewport}`);
    const page = await context.newPage();
    await page.goto(server.origin + path);
    return page;
  }

  describe.each(VIEWPORTS.map((v, i) => [v.name, i] as const))('the header (%s)', (_name, viewport) => {
    it('the first Tab shows the skip link, and it jumps to the main content', async () => {
      const page = await open('/faq/', viewport);
      const skip = await tab(page);
      expect(skip.describe).toContain('a[href="#main"]');
      expect(skip.inViewport).toBe(true);
      expect(skip.focusVisible).toBe(true);
      await page.keyboard.press('Enter');
      // The browser moves to the fragment at once; Playwright hears of the new URL a moment later.
      await page.waitForURL((url) => url.hash === '#main');
      const next = await tab(page);
      expect(next.region, next.describe).toBe('main');
      await page.close();
    });

    it('Tab visits every control of the header in order, each visibly focused and named', async () => {
      const page = await open('/faq/', viewport);
      const expected = await focusablesIn(page, 'header');
      expect(expected.length).toBeGreaterThanOrEqual(2);
      await tab(page); // the skip link
      const stops = await tabUntil(page, (f) => f.region !== 'header');
      const inHeader = stops.slice(0, -1);
      expect(inHeader.map((f) => f.describe.split(' ')[0])).toEqual(expected);
      for (const stop of inHeader) {
        expect(stop.focusVisible, stop.describe).toBe(true);
        expect(stop.inViewport, stop.describe).toBe(true);
        expect(stop.name, stop.describe).not.toBe('');
      }
      await page.close();
    });

    it('Shift+Tab walks back the same way', async () => {
      const page = await open('/faq/', viewport);
      const forwards = await tabUntil(page, (f) => f.region === 'main');
      const backwards: string[] = [];
      for (let i = 1; i < forwards.length; i++) backwards.push((await tab(page, true)).describe);
      expect(backwards).toEqual(
        forwards
          .slice(0, -1)
          .map((f) => f.describe)
          .reverse(),
      );
      await page.close();
    });

    it('the search button opens the dialog: type, read results, Tab stays inside, Escape returns', async () => {
      const page = await open('/faq/', viewport);
      const button = (await tabUntil(page, (f) => f.tag === 'button' && f.region === 'header' && f.name.startsWith('搜索'))).at(-1)!;
      expect(button.focusVisible).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.closest('dialog[open]') !== null);
      const input = await focused(page);
      expect(input.tag).toBe('input');
      await page.keyboard.type('结算');
      await page.locator('dialog[open] [data-search-results] a').first().waitFor();
      for (let i = 0; i < 8; i++) expect((await tab(page)).region).toBe('dialog');
      await page.keyboard.press('Escape');
      expect(await page.locator('dialog[open]').count()).toBe(0);
      expect((await focused(page)).describe).toBe(button.describe);
      await page.close();
    });

    it('without JavaScript the header form searches: type a question, press Enter, land on the results page', async () => {
      const context = await browser.newContext({ ...VIEWPORTS[viewport]?.options, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.origin}/faq/`);
      await tabUntil(page, (f) => f.tag === 'input' && f.region === 'header');
      await page.keyboard.type('结算');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('结算');
      expect(await page.locator('main h1').innerText()).not.toBe('');
      await context.close();
    });
  });
});
