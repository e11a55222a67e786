import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, DIST, ROOT, TMP } from '../support/build';
import { DESKTOP, launchBrowser, PHONE } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { closeAll } from '../support/teardown';

/** The minimal content plus a few entries that exercise related reading, the table of contents and glossary links. */
const WORK = join(TMP, 'reading');
const FIXTURE_DIST = join(WORK, 'dist');

let browser: Browser;
let site: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const content = join(WORK, 'content');
  cpSync(join(ROOT, 'tests/fixtures/minimal-content'), content, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/reading-overlay'), content, { recursive: true });
  const result = await buildSite({ CONTENT_DIR: content, OUT_DIR: FIXTURE_DIST, ASTRO_CACHE_DIR: join(WORK, 'cache') });
  if (result.status !== 0) throw new Error(`The fixture site did not build:\n${result.output.slice(-4000)}`);
  site = await startServer(DIST);
  fixture = await startServer(FIXTURE_DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await closeAll(browser, site, fixture);
  rmSync(WORK, { recursive: true, force: true });
});

async function open(origin: string, path: string, options = PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(origin + encodeURI(path));
  return page;
}

const done = (page: Page) => page.context().close();

describe('the menu on a phone', () => {
  it('opens and closes by keyboard, and focus returns to the button', async () => {
    const page = await open(site.origin, '/');
    const button = page.locator('button[aria-controls="site-nav"]');
    const firstLink = page.locator('#site-nav a').first();
    await button.waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await firstLink.isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await firstLink.isVisible()).toBe(true);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#site-nav') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await firstLink.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('site-nav');

    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await done(page);
  });

  it('takes the same place with and without JavaScript, and without it links to every section', async () => {
    const withJs = await open(site.origin, '/');
    const button = withJs.locator('button[aria-controls="site-nav"]');
    await button.waitFor({ state: 'visible' });
    const jsBox = await button.boundingBox();
    const noJs = await open(site.origin, '/', { ...PHONE, javaScriptEnabled: false });
    const link = noJs.locator('a.menu-toggle');
    expect(await link.isVisible()).toBe(true);
    expect(await noJs.locator('button.menu-toggle').isVisible()).toBe(false);
    expect(await link.boundingBox()).toEqual(jsBox);
    await link.click();
    await noJs.waitForURL(/#all-sections$/);
    expect(await noJs.locator('#all-sections + ul a[href="/troubleshoot/"]').count()).toBe(1);
    await done(withJs);
    await done(noJs);
  });

  it('leaves the whole width to the content', async () => {
    for (const path of ['/', '/faq/money-not-arrived/']) {
      const page = await open(fixture.origin, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      await done(page);
    }
  });

  it('is a plain row of links on a desktop', async () => {
    const page = await open(site.origin, '/', DESKTOP);
    expect(await page.locator('button[aria-controls="site-nav"]').isVisible()).toBe(false);
    expect(await page.locator('#site-nav a').first().isVisible()).toBe(true);
    await done(page);
  });
});

describe('the home page', () => {
  it('leads from 结算出问题了？ to the troubleshooter', async () => {
    const page = await open(site.origin, '/');
    const entry = page.getByRole('link', { name: /结算出问题了/ });
    expect(await entry.isVisible()).toBe(true);
    const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/troubleshoot/'), entry.click()]);
    expect(response.status()).toBe(200);
    await page.waitForURL(/\/troubleshoot\/$/);
    await done(page);
  });

  it('sends sales reps to the merchant-type checklists and lists the most-asked questions', async () => {
    const page = await open(fixture.origin, '/');
    expect(await page.getByRole('link', { name: /给客户发办理资料/ }).getAttribute('href')).toBe('/requirements/');
    const popular = page.locator('#popular-heading + ul a');
    expect(await popular.allTextContents()).toEqual(['拉卡拉 POS 机“无法结算”是什么意思？']);
    await done(page);
  });
});

describe('an entry page', () => {
  it('shows the answer first, related entries, previous/next and where to turn next', async () => {
    const page = await open(fixture.origin, '/faq/money-not-arrived/');
    const summary = page.locator('article .summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('先看是不是遇上了周末或节假日');
    const [summaryBox, bodyBox] = await Promise.all([summary.boundingBox(), page.locator('article h2').first().boundingBox()]);
    expect(summaryBox!.y).toBeLessThan(bodyBox!.y);

    const related = page.locator('section.related a');
    expect(await related.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/faq/what-is-settlement-failure/']);

    const pagination = page.locator('nav.pagination');
    expect(await pagination.locator('a[rel="prev"]').getAttribute('href')).toBe('/faq/what-is-settlement-failure/');
    expect(await pagination.locator('a[rel="next"]').count()).toBe(0);

    const stuck = page.locator('.still-stuck');
    expect(await stuck.locator('h2').textContent()).toBe('还没解决？');
    expect(await stuck.locator('a[href="/troubleshoot/"]').count()).toBe(1);
    expect(await stuck.locator('a[href="https://www.lakala.com/"]').count()).toBe(1);
    await done(page);
  });

  it('has a folded table of contents on a long page that opens without JavaScript', async () => {
    const page = await open(fixture.origin, '/faq/money-not-arrived/', { ...PHONE, javaScriptEnabled: false });
    const toc = page.locator('nav.toc');
    const first = toc.locator('a').first();
    expect(await first.isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await first.isVisible()).toBe(true);
    expect(await toc.locator('a').evaluateAll((links) => links.map((a) => a.textContent))).toEqual([
      '结算是怎么走的',
      '到账的时间',
      '先排除节假日',
      '再查结算卡',
      '还是不行',
    ]);
    await first.click();
    await page.waitForURL(/#/);
    expect(await page.locator(':target').textContent()).toBe('结算是怎么走的');
    await done(page);
  });

  it('links a glossary term once, at its first mention in running text', async () => {
    const page = await open(fixture.origin, '/faq/money-not-arrived/');
    const terms = page.locator('article a.term-link');
    expect(await terms.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
      ['结算', '/glossary/settlement/'],
      ['结算账户', '/glossary/settlement-account/'],
    ]);
    expect(await page.locator('article :is(h1, h2, h3, code, a:not(.term-link)) a.term-link').count()).toBe(0);
    await done(page);
  });

  it('does not link a term on its own page', async () => {
    const page = await open(fixture.origin, '/glossary/settlement-account/');
    expect(await page.locator('article p:has-text("结算账户是商户")').count()).toBe(1);
    expect(await page.locator('article a.term-link[href="/glossary/settlement-account/"]').count()).toBe(0);
    expect(await page.locator('article a.term-link[href="/glossary/settlement/"]').count()).toBe(0);
    await done(page);
  });

  it('renders cleanly with no related entries and no peers: no empty headings', async () => {
    const page = await open(fixture.origin, '/brands/payment-licence/');
    expect(await page.locator('section.related').count()).toBe(0);
    expect(await page.locator('nav.pagination').count()).toBe(0);
    expect(await page.locator('nav.toc').count()).toBe(0);
    const headings = await page.locator('main :is(h1, h2, h3)').evaluateAll((hs) =>
      hs.map((h) => ({
        text: h.textContent.trim(),
        next: h.nextElementSibling !== null || h.parentElement?.nextElementSibling !== null,
      })),
    );
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) {
      expect(h.text).not.toBe('');
      expect(h.next, h.text).toBe(true);
    }
    expect(await page.locator('.still-stuck').isVisible()).toBe(true);
    await done(page);
  });
});
