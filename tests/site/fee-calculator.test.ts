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

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newContext(browser, PHONE);
});

afterAll(async () => {
  await closeAll(context, browser, server);
});

async function openCalculator(query = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/fees/calculator/${query}`);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/** Page scripts can be slow to start on a busy machine: wait as long as a person would. */
const WAIT = { timeout: 20_000 };

const resultText = (page: Page) => page.locator('#fee-result').innerText();

describe('the fee calculator in a phone browser', () => {
  it('computes a capped debit fee, then gives the same result from its share link', async () => {
    const page = await openCalculator();
    await page.getByLabel('交易金额').fill('10,000');
    await page.getByRole('radio', { name: '借记卡', exact: true }).check();
    await page.getByLabel('合同费率').fill('0.5');
    await page.getByLabel(/单笔封顶/).fill('20');
    await toolReady(page);
    await page.getByRole('button', { name: '计算手续费' }).click();

    const result = page.locator('#fee-result');
    await result.waitFor({ state: 'visible' });
    expect(await page.locator('[data-out="total"]').innerText()).toBe('20.00');
    expect(await page.locator('[data-out="net"]').innerText()).toBe('9,980.00');
    expect(await page.locator('[data-out="effective"]').innerText()).toBe('0.2%');
    const first = await resultText(page);
    expect(first).toContain('已封顶');

    const shared = await page.locator('[data-share-link]').getAttribute('href');
    expect(shared).toContain('amount=10%2C000');
    expect(await page.evaluate(() => location.href)).toBe(shared);

    const again = await openCalculator(new URL(shared as string).search);
    await again.locator('#fee-result').waitFor({ state: 'visible' });
    expect(await resultText(again)).toBe(first);
    expect(await again.getByLabel('合同费率').inputValue()).toBe('0.5');
    expect((again as Page & { errors: string[] }).errors).toEqual([]);
    await again.close();
    await page.close();
  });

  it('shows a message tied to a bad field, and never NaN', async () => {
    const page = await openCalculator();
    await page.getByLabel('交易金额').fill('-5');
    await page.getByLabel('合同费率').fill('abc');
    await toolReady(page);
    await page.getByRole('button', { name: '计算手续费' }).click();

    const amount = page.getByLabel('交易金额');
    await expect.poll(() => amount.getAttribute('aria-invalid'), WAIT).toBe('true');
    const describedBy = (await amount.getAttribute('aria-describedby')) ?? '';
    const messageId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(messageId).toBeDefined();
    expect(await page.locator(`#${messageId}`).innerText()).toContain('负数');
    expect(await page.getByLabel('合同费率').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#fee-result').isVisible()).toBe(false);

    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/NaN|undefined|Infinity/);

    // Fixing the fields clears the messages and shows a result.
    await amount.fill('１，０００');
    await page.getByLabel('合同费率').fill('0.6');
    await toolReady(page);
    await page.getByRole('button', { name: '计算手续费' }).click();
    await expect.poll(() => page.locator('[data-out="total"]').innerText(), WAIT).toBe('6.00');
    expect(await amount.getAttribute('aria-invalid')).toBeNull();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('loads a share link with absurd values without crashing or showing NaN', async () => {
    const page = await openCalculator('?amount=1e400&rate=999&cap=NaN&d0=0.123456');
    await expect.poll(() => page.getByLabel('交易金额').getAttribute('aria-invalid'), WAIT).toBe('true');
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    expect(body).toContain('费率不能超过 100%');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
