import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authoredEntries, frontMatter } from '../support/content';
import { launchBrowser, PHONE } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { closeAll } from '../support/teardown';

const SITE = 'https://pos-help.example.org';

const types = authoredEntries()
  .filter((e) => e.collection === 'requirements')
  .map((e) => ({ id: e.id, documents: frontMatter('requirements', e.id).documents as { id: string; name: string }[] }));

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext(PHONE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

afterAll(async () => {
  await closeAll(context, browser, server);
});

async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.origin + path);
  return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Waits until the page says it copied `what` (its copy code loads on the reader's first touch). */
const copied = (page: Page, what: string) =>
  page.waitForFunction((w) => document.querySelector('[data-copy-status]')?.textContent.includes(`已复制${w}`), what);

describe.each(types)('/requirements/$id/ on a phone', ({ id, documents }) => {
  it('copies a document link that lands on that document', async () => {
    const page = await open(`/requirements/${id}/`);
    const doc = documents.at(-1)!;
    const button = page.locator(`#${doc.id} .copy-link`);
    await button.click();
    await copied(page, (await button.getAttribute('data-copy-what')) ?? '');
    const link = await clipboard(page);
    expect(link).toBe(`${server.origin}/requirements/${id}/#${doc.id}`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('已复制');
    expect(await page.locator('[data-copy-panel]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-copy-announce]').textContent()).toContain('已复制');
    await page.close();

    const landed = await open(link.slice(server.origin.length));
    const target = landed.locator(':target');
    expect(await target.getAttribute('id')).toBe(doc.id);
    expect(await target.locator('h3').textContent()).toContain(doc.name);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(PHONE.viewport!.height);
    await landed.close();
  });

  it('copies the page link and the checklist as plain text', async () => {
    const page = await open(`/requirements/${id}/`);
    await page.getByRole('button', { name: '复制链接', exact: true }).click();
    await copied(page, '本页链接');
    expect(await clipboard(page)).toBe(`${server.origin}/requirements/${id}/`);
    await page.getByRole('button', { name: '复制为文本' }).click();
    await copied(page, '资料清单文字');
    const text = await clipboard(page);
    for (const doc of documents) expect(text).toContain(doc.name);
    expect(text).toContain(`${SITE}/requirements/${id}/`);
    expect(text).not.toMatch(/<|>/);
    await page.close();
  });

  it('has a QR code that decodes to the page URL', async () => {
    const page = await open(`/requirements/${id}/`);
    const png = PNG.sync.read(await page.locator('.qr svg').screenshot());
    const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(result?.data).toBe(`${SITE}/requirements/${id}/`);
    await page.close();
  });

  it('prints the checklist, the page URL and the QR code on one A4 page', async () => {
    const page = await open(`/requirements/${id}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.documents').isVisible()).toBe(true);
    expect(await page.locator('.page-url').isVisible()).toBe(true);
    expect(await page.locator('.qr svg').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    await page.close();
  });
});

describe('the self-check', () => {
  const { id, documents } = types[0] ?? { id: '', documents: [] };
  const path = `/requirements/${id}/`;

  it('remembers ticks on this device and clears them', async () => {
    const page = await open(path);
    const first = page.locator(`#${documents[0]?.id} input[type="checkbox"]`);
    await first.check();
    await expect.poll(() => page.locator('[data-progress]').textContent()).toContain(`已备好 1 / ${documents.length}`);
    await page.reload();
    // Ticks saved on this device load the checklist's code at once, and it puts them back.
    await page.waitForSelector('[data-checklist][data-enhanced]', { state: 'attached' });
    expect(await page.locator(`#${documents[0]?.id} input[type="checkbox"]`).isChecked()).toBe(true);
    expect(await page.locator(`#${documents[1]?.id} input[type="checkbox"]`).isChecked()).toBe(false);

    const other = await open(`/requirements/${types[1]?.id}/`);
    expect(await other.locator('input[data-tick]:checked').count()).toBe(0);
    await other.close();

    await page.getByRole('button', { name: '清除勾选' }).click();
    expect(await page.locator('input[data-tick]:checked').count()).toBe(0);
    await page.reload();
    expect(await page.locator('input[data-tick]:checked').count()).toBe(0);
    await page.close();
  });

  it('ignores a corrupted stored value', async () => {
    const page = await open(path);
    const key = await page.locator('[data-checklist]').getAttribute('data-storage-key');
    await page.evaluate((k) => {
      localStorage.setItem(k!, '{not json');
    }, key);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.reload();
    await page.waitForSelector('[data-checklist][data-enhanced]', { state: 'attached' });
    expect(await page.locator('input[data-tick]').count()).toBe(documents.length);
    expect(await page.locator('input[data-tick]:checked').count()).toBe(0);
    await page.locator('input[data-tick]').first().check();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k!), key)).toBe(JSON.stringify([documents[0]?.id]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is a plain list without JavaScript', async () => {
    const noJs = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await open(path, noJs);
    expect(await page.locator('.documents > li').count()).toBe(documents.length);
    expect(await page.locator('input[type="checkbox"]').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /复制/ }).count()).toBe(0);
    await noJs.close();
  });
});

describe('copying without the Clipboard API', () => {
  it('selects the link and asks the reader to copy it', async () => {
    const bare = await browser.newContext(PHONE);
    await bare.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    const { id, documents } = types[0] ?? { id: '', documents: [] };
    const page = await open(`/requirements/${id}/`, bare);
    await page.locator(`#${documents[0]?.id} .copy-link`).click();
    const box = page.locator('[data-copy-fallback-text]');
    // The copy code loads on the first touch of the page, and then copies what was pressed.
    await box.waitFor({ state: 'visible' });
    const url = `${server.origin}/requirements/${id}/#${documents[0]?.id}`;
    expect(await box.inputValue()).toBe(url);
    const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(url);
    expect(await page.locator('[data-copy-status]').textContent()).toContain('手动复制');
    await bare.close();
  });
});

describe('/channels/ on a phone', () => {
  it('fits the screen width and shows every channel and the timeline', async () => {
    const page = await open('/channels/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.compare .channel').count()).toBe(4);
    expect(await page.locator('.timeline > li').count()).toBe(4);
    await page.close();
  });
});
