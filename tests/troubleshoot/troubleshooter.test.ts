import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from '../support/browser';
import { DIST } from '../support/build';
import { startServer, type StaticServer } from '../support/server';
import { closeAll } from '../support/teardown';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
  context = await newContext(browser, PHONE);
});

afterAll(async () => {
  await closeAll(context, browser, server);
});

async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server.origin + path);
  return page;
}

/** Clicks the answers in order, waiting each time for the next step's address. */
async function answer(page: Page, answers: string[]) {
  for (const a of answers) {
    const before = page.url();
    await page.getByRole('link', { name: a, exact: true }).click();
    await page.waitForURL((url) => url.href !== before);
  }
}

const path = (page: Page) => new URL(page.url()).pathname;

/** Waits for the page to settle; generous because the whole suite shares a small machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe('the guided diagnosis, clicked through on a phone', () => {
  it('holiday: one question to the T+1 ending', async () => {
    const page = await open('/troubleshoot/');
    await page.getByRole('link', { name: '周末或节假日的交易还没到账' }).click();
    await page.waitForURL('**/troubleshoot/holiday/');
    await poll(() => page.locator('h1').textContent()).toContain('T+1');
    await answer(page, ['是']);
    expect(path(page)).toBe('/troubleshoot/end-holiday/');
    expect(await page.locator('h1').textContent()).toContain('节假日遇上 T+1');
    await page.close();
  });

  it('settlement failed: device, sign-in, then network, without reloading the page; back goes one step back', async () => {
    const page = await open('/troubleshoot/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('link', { name: '终端提示结算失败' }).click();
    await page.waitForURL('**/troubleshoot/settlement-failed/');
    await answer(page, ['是', '是']);
    expect(path(page)).toBe('/troubleshoot/network-ok/');
    await poll(() => page.locator('h1').textContent()).toContain('信号');

    await page.getByRole('button', { name: '上一步' }).click();
    await page.waitForURL('**/troubleshoot/signed-in/');
    await poll(() => page.locator('h1').textContent()).toContain('签到成功');
    await page.goForward();
    await page.waitForURL('**/troubleshoot/network-ok/');
    await poll(() => page.locator('h1').textContent()).toContain('信号');

    await answer(page, ['否']);
    expect(path(page)).toBe('/troubleshoot/end-network/');
    await poll(() => page.locator('h1').textContent()).toContain('网络不通');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.title()).toContain('网络不通');
    await page.close();
  });

  it('money not arrived: the longest path, through every area, to official support', async () => {
    const page = await open('/troubleshoot/');
    await page.getByRole('link', { name: '交易都成功了，钱却没到账' }).click();
    await page.waitForURL('**/troubleshoot/no-money/');
    await poll(() => page.locator('.progress').textContent()).toContain('设备');
    await answer(page, ['否', '是', '是', '是', '是', '否', '否', '否']);
    expect(path(page)).toBe('/troubleshoot/maintenance/');
    await poll(() => page.locator('[aria-current="step"]').textContent()).toContain('系统');
    await answer(page, ['不确定']);
    expect(path(page)).toBe('/troubleshoot/maintenance-how/');
    await poll(() => page.locator('main').textContent()).toContain('先这样查一查');
    await answer(page, ['不确定']);
    expect(path(page)).toBe('/troubleshoot/end-contact-support/');
    const main = page.locator('main');
    await poll(() => main.textContent()).toContain('按顺序这样做');
    expect(await main.textContent()).toContain('验证码');
    expect(await page.locator('main a[href="https://www.lakala.com/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a step shown in place on the start page is styled like the step page, and back to the start loads it styled', async () => {
    const page = await open('/troubleshoot/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
    await page.getByRole('link', { name: '周末或节假日的交易还没到账' }).click();
    await page.waitForURL('**/troubleshoot/holiday/');
    await poll(() => page.locator('h1').textContent()).toContain('T+1');
    // Shown in place (no reload), with the step's own layout: the answers are a grid of large buttons.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
    expect(await page.locator('.answers').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/troubleshoot/');
    await poll(() => page.locator('.symptoms').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    await page.close();
  });

  it('only part arrived: fees, voids and refunds are asked first', async () => {
    const page = await open('/troubleshoot/');
    await page.getByRole('link', { name: '钱只到了一部分' }).click();
    await page.waitForURL('**/troubleshoot/partial-money/');
    await poll(() => page.locator('h1').textContent()).toContain('手续费');
    await answer(page, ['是']);
    expect(path(page)).toBe('/troubleshoot/end-partial/');
    await page.close();
  });

  it('不确定 leads to how to find out and the same question again, never to a conclusion', async () => {
    const page = await open('/troubleshoot/batch-settled/');
    await answer(page, ['不确定']);
    expect(path(page)).toBe('/troubleshoot/batch-settled-how/');
    const main = page.locator('main');
    await poll(() => main.textContent()).toContain('先这样查一查');
    expect(await main.locator('.how li').count()).toBeGreaterThan(1);
    expect(await page.locator('h1').textContent()).toContain('结算成功');
    await page.close();
  });

  it('an ending reloads to itself from its address', async () => {
    const page = await open('/troubleshoot/shows-frozen/');
    await answer(page, ['是']);
    expect(path(page)).toBe('/troubleshoot/end-account-frozen/');
    await page.reload();
    expect(path(page)).toBe('/troubleshoot/end-account-frozen/');
    expect(await page.locator('h1').textContent()).toContain('结算卡被冻结');
    expect(await page.locator('[data-support]').count()).toBe(1);
    await page.close();
  });
});

describe('tampered addresses', () => {
  it('an unknown ?step= lands on the start with a notice, shown as text', async () => {
    const page = await open('/troubleshoot/?step=%3Cimg%20src%3Dx%3Enope');
    const notice = page.locator('[data-step-notice]');
    await poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('<img src=x>nope');
    expect(await notice.locator('img').count()).toBe(0);
    expect(path(page)).toBe('/troubleshoot/');
    expect(await page.getByRole('link', { name: '终端提示结算失败' }).isVisible()).toBe(true);
    await page.close();
  });

  it('a known ?step= opens that step', async () => {
    const page = await open('/troubleshoot/?step=end-network');
    await page.waitForURL('**/troubleshoot/end-network/');
    expect(await page.locator('h1').textContent()).toContain('网络不通');
    await page.close();
  });

  it('an unknown step path lands on the start with a notice; without JavaScript the not-found page offers the start', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${server.origin}/troubleshoot/no-such-step/`);
    expect(response?.status()).toBe(404);
    await page.waitForURL((url) => url.pathname === '/troubleshoot/');
    await poll(() => page.locator('[data-step-notice]').textContent()).toContain('no-such-step');
    await page.close();

    const noJs = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${server.origin}/troubleshoot/no-such-step/`);
    expect(await plain.locator('main a[href="/troubleshoot/"]').count()).toBeGreaterThan(0);
    await noJs.close();
  });

  it('an unknown code page goes to the lookup, which says the code is unknown', async () => {
    const page = await open('/codes/Q9/');
    await page.waitForURL((url) => url.pathname === '/codes/');
    await poll(() => page.locator('[data-code-result]').textContent()).toContain('没有找到');
    await page.close();
  });
});

describe('the support summary', () => {
  it('limits fields, shows typed markup as text and copies it', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await open('/troubleshoot/end-network/');
    await page.evaluate(() => ((window as unknown as { pwned?: number | undefined }).pwned = undefined));
    const message = page.getByLabel('屏幕提示');
    await message.fill('<img src=x onerror="window.pwned=1"><b>结算失败</b>');
    await page.getByLabel('商户编号').fill('8'.repeat(300));
    await page.getByLabel('终端序列号').fill('N86012345');
    const output = page.locator('[data-support-output]');
    const text = await output.inputValue();
    expect(text).toContain('终端序列号：N86012345');
    expect(text).toContain('屏幕提示：<img src=x onerror="window.pwned=1"><b>结算失败</b>');
    expect(text).toContain(`商户编号：${'8'.repeat(30)}\n`);
    expect(text).toContain('/troubleshoot/end-network/');
    expect(await page.locator('[data-support] img, [data-support] b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main').textContent()).toContain('不会发送');

    await page.getByRole('button', { name: '复制这段文字' }).click();
    await poll(() => page.locator('[data-support-status]').textContent()).toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.close();
  });

  it('selects the text and says how to copy it when the clipboard is refused', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`${server.origin}/troubleshoot/end-holiday/`);
    await page.getByRole('button', { name: '复制这段文字' }).click();
    await poll(() => page.locator('[data-support-status]').textContent()).toContain('已选中');
    const selected = await page.evaluate(() => {
      const el = document.querySelector<HTMLTextAreaElement>('[data-support-output]')!;
      return el.value.slice(el.selectionStart, el.selectionEnd);
    });
    expect(selected).toContain('【POS 结算问题】');
    await page.close();
  });
});

describe('response-code lookup', () => {
  it('looks up 51 and A0 as you type, and links to the code page', async () => {
    const page = await open('/codes/');
    const field = page.getByLabel(/输入终端屏幕上的代码/);
    await field.fill('51');
    const result = page.locator('[data-code-result]');
    await poll(() => result.textContent()).toContain('51：余额不足');
    expect(await page.locator('tr[data-code]:not([hidden])').count()).toBeLessThan(46);
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('code'))).toBe('51');

    await field.fill('a0');
    await poll(() => result.textContent()).toContain('A0：报文校验码');
    expect(await result.textContent()).toContain('重新签到');
    await result.getByRole('link').click();
    await page.waitForURL('**/codes/A0/');
    expect(await page.locator('h1').textContent()).toContain('A0');
    await page.close();
  });

  it('says so when a code is not in the table', async () => {
    const page = await open('/codes/?code=ZZ');
    await poll(() => page.locator('[data-code-result]').textContent()).toContain('没有找到');
    await page.close();
  });

  it('shows where sources disagree on a code page', async () => {
    const page = await open('/codes/05/');
    const text = await page.locator('main').textContent();
    expect(text).toContain('其他版本中的含义');
    expect(text).toContain('各来源含义不同');
    await page.close();
  });
});

describe('without JavaScript', () => {
  let noJs: BrowserContext;
  beforeAll(async () => {
    noJs = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  });
  afterAll(() => closeAll(noJs));

  it('the start page leads to a complete, linked checklist, and the steps are plain links', async () => {
    const start = await open('/troubleshoot/', noJs);
    await Promise.all([start.waitForURL('**/troubleshoot/checklist/'), start.getByRole('link', { name: '完整排查清单和流程图' }).click()]);
    await start.close();
    const page = await open('/troubleshoot/checklist/', noJs);
    const checklist = page.locator('#checklist');
    expect(await checklist.isVisible()).toBe(true);
    const text = (await checklist.textContent()) ?? '';
    for (const words of ['交易都成功了，钱却没到账', '钱只到了一部分', '终端提示结算失败', '终端连不上网', '冻结', '节假日']) {
      expect(text).toContain(words);
    }
    expect(await checklist.locator('li[id^="step-end-"]').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('svg[role="img"] title').first().textContent()).toContain('流程图');

    await checklist.locator('#step-holiday a').first().click();
    expect(await page.locator('#step-holiday-check').isVisible()).toBe(true);
    await page.locator('#step-holiday-check .q a').click();
    await page.waitForURL('**/troubleshoot/holiday-check/');
    await page.getByRole('link', { name: '是', exact: true }).click();
    await page.waitForURL('**/troubleshoot/end-holiday/');
    expect(await page.locator('h1').textContent()).toContain('节假日');
    expect(await page.locator('[data-support-fields]').isVisible()).toBe(false);
    expect(await page.locator('[data-support-output]').inputValue()).toContain('（未填写）');
    await page.close();
  });

  it('the code table works without the lookup field', async () => {
    const page = await open('/codes/', noJs);
    expect(await page.locator('[data-code-lookup]').isVisible()).toBe(false);
    expect(await page.locator('tr[data-code]').count()).toBe(46);
    await page.getByRole('link', { name: '51', exact: true }).click();
    await page.waitForURL('**/codes/51/');
    expect(await page.locator('h1').textContent()).toContain('余额不足');
    await page.close();
  });
});
