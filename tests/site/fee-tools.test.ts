import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { closeAll } from '../support/teardown';

/** The tool's code loads on the first use of its form; once it has, the form answers in place. */
const toolReady = (page: Page) => page.locator('form.tool[data-tool-ready]').waitFor({ state: 'attached' });

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newContext(browser, PHONE);
});

afterAll(async () => {
  await closeAll(context, browser, server);
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('the offer comparison in a phone browser', () => {
  it('compares two offers, draws one bar per offer and keeps the inputs in its link', async () => {
    const page = await open('/fees/compare/');
    await page.getByLabel('借记卡月交易额').fill('60000');
    await page.getByLabel('借记卡月笔数').fill('300');
    await page.getByLabel('贷记卡（信用卡）月交易额').fill('40000');
    await page.getByLabel('贷记卡（信用卡）月笔数').fill('150');
    const first = page.getByRole('group', { name: '方案一' });
    await first.getByLabel('借记卡费率').fill('0.5');
    await first.getByLabel('借记卡单笔封顶').fill('20');
    await first.getByLabel('贷记卡费率').fill('0.6');
    const second = page.getByRole('group', { name: '方案二' });
    await second.getByLabel('借记卡费率').fill('0.45');
    await second.getByLabel('贷记卡费率').fill('0.55');
    await second.getByLabel('每笔固定费用').fill('0.2');
    await second.getByLabel('每月固定费用').fill('30');
    await toolReady(page);
    await page.getByRole('button', { name: '比较' }).click();

    const result = page.locator('#compare-result');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('[data-out="summary"]').innerText()).toContain('方案一每月最省，约 540.00 元');
    expect(await result.locator('tr.total').innerText()).toMatch(/540\.00 元\s+610\.00 元/);
    expect(await page.locator('#compare-chart g').count()).toBe(2);
    expect(await page.locator('#compare-chart rect.seg').count()).toBe(4);
    const address = new URL(await page.evaluate(() => location.href));
    expect(address.search).toContain('b_monthly=30');

    const again = await open(address.pathname + address.search);
    await again.locator('#compare-result').waitFor({ state: 'visible' });
    expect(await again.locator('#compare-result tr.total').innerText()).toBe(await result.locator('tr.total').innerText());
    await again.close();
    await page.close();
  });

  it('asks for a second offer instead of comparing one', async () => {
    const page = await open('/fees/compare/?debitVolume=1000&debitCount=10&a_debitRate=0.5&a_creditRate=0.6');
    const field = page.getByRole('group', { name: '方案二' }).getByLabel('借记卡费率');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined/);
    expect(await page.locator('#compare-result').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the is-my-fee-right check in a phone browser', () => {
  it('reads the implied rate and flags a fee above the contract', async () => {
    const page = await open('/fees/check/');
    await page.getByLabel('交易金额').fill('1000');
    await page.getByLabel('实际到账金额').fill('993.8');
    await page.getByLabel('合同费率').fill('0.6');
    await toolReady(page);
    await page.getByRole('button', { name: '算一算' }).click();
    const result = page.locator('#check-result');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('[data-out="fee"]').innerText()).toBe('6.20');
    expect(await result.locator('[data-out="rate"]').innerText()).toBe('0.62%');
    expect(await result.locator('[data-out="verdict"]').innerText()).toContain('多扣了 0.20 元');
    await page.close();
  });

  it('refuses a settled amount larger than the transaction', async () => {
    const page = await open('/fees/check/?amount=100&settled=200');
    const settled = page.getByLabel('实际到账金额');
    await expect.poll(() => settled.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    expect(await page.locator('body').innerText()).toContain('到账金额比交易金额还多');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
