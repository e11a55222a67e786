import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, PHONE } from '../support/browser';
import { findBrokenLinks } from '../support/links';
import { startServer, type StaticServer } from '../support/server';
import { kbBuild, KB_SITE as SITE, type SharedBuild } from '../support/shared-builds';
import { closeAll } from '../support/teardown';

let result: SharedBuild;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  result = await kbBuild();
  server = await startServer(result.outDir, '/kb/');
  browser = await launchBrowser();
  context = await newContext(browser, PHONE);
});

afterAll(async () => {
  await closeAll(context, browser, server);
});

describe('the troubleshooter and code lookup under a base path', () => {
  it('builds, and every link of the troubleshooter and code pages stays within /kb/', () => {
    expect(result.status, result.output.slice(-4000)).toBe(0);
    const broken = findBrokenLinks(result.outDir, '/kb/', SITE).filter((b) => /troubleshoot|codes/.test(b.page + b.href));
    expect(broken).toEqual([]);
  });

  it('walks to an ending, opens ?step= links and looks up a code', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/kb/troubleshoot/`);
    await page.getByRole('link', { name: '周末或节假日的交易还没到账' }).click();
    await page.waitForURL('**/kb/troubleshoot/holiday/');
    await page.getByRole('link', { name: '是', exact: true }).click();
    await page.waitForURL('**/kb/troubleshoot/end-holiday/');
    expect(await page.locator('[data-support-output]').inputValue()).toContain('/kb/troubleshoot/end-holiday/');

    await page.goto(`${server.origin}/kb/troubleshoot/?step=end-network`);
    await page.waitForURL('**/kb/troubleshoot/end-network/');
    await page.goto(`${server.origin}/kb/troubleshoot/?step=bogus`);
    await page.locator('[data-step-notice]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => location.pathname)).toBe('/kb/troubleshoot/');

    await page.goto(`${server.origin}/kb/codes/?code=51`);
    await page.locator('[data-code-result] a').click();
    await page.waitForURL('**/kb/codes/51/');
    await page.close();
  });
});
