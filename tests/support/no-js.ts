import type { Page } from 'playwright-core';

/**
 * What keeps a page, loaded with JavaScript disabled, from being read: no visible <main>, no
 * visible <h1> in it, or nothing in it but the heading. Undefined when it reads fine.
 */
export async function unreadableWithoutJs(page: Page, url: string): Promise<string | undefined> {
  await page.goto(url, { waitUntil: 'load' });
  const main = page.locator('main');
  if ((await main.count()) !== 1) return `${await main.count()} <main> elements`;
  if (!(await main.isVisible())) return '<main> is hidden';
  const h1 = main.locator('h1').first();
  if ((await h1.count()) === 0 || !(await h1.isVisible())) return 'no visible <h1> in <main>';
  const heading = (await h1.innerText()).trim();
  if (!heading) return 'the <h1> is empty';
  const text = (await main.innerText()).replace(/\s+/g, '');
  if (text.length <= heading.replace(/\s+/g, '').length) return '<main> holds nothing but its heading';
  return undefined;
}
