import type { Page } from 'playwright-core';

export interface SearchResultView {
  href: string;
  title: string;
  section: string;
  excerptHtml: string;
  /** Shown after the full matches: the page has only some of the query's words. */
  partial: boolean;
  /** Headings of the sub-results shown under the result. */
  subTitles: string[];
}

const SETTLED = '[data-search-panel][data-state=done], [data-search-panel][data-state=error], [data-search-panel][data-state=empty]';

/**
 * Result links, titles and excerpts of one search panel (`main` for the search page, `dialog` for
 * the header), in the order shown: full matches, then partial ones.
 */
export async function readResults(page: Page, scope: 'main' | 'dialog' = 'main'): Promise<SearchResultView[]> {
  return page.$$eval(`${scope} [data-search-results] > li, ${scope} [data-search-partial] > li`, (items) =>
    items.map((li) => ({
      href: li.querySelector('.result-title')?.getAttribute('href') ?? '',
      title: li.querySelector('.result-title')?.textContent ?? '',
      section: li.querySelector('.result-section')?.textContent ?? '',
      excerptHtml: li.querySelector('.result-excerpt')?.innerHTML ?? '',
      partial: li.parentElement?.hasAttribute('data-search-partial') ?? false,
      subTitles: [...li.querySelectorAll('.sub-results a')].map((a) => a.textContent),
    })),
  );
}

/**
 * The panel shows at first the results the screen has room for; this presses "显示更多结果" until
 * at least `count` are shown or there are no more, and returns them.
 */
export async function readAtLeast(page: Page, count: number, scope: 'main' | 'dialog' = 'main'): Promise<SearchResultView[]> {
  const items = `${scope} [data-search-results] > li, ${scope} [data-search-partial] > li`;
  const more = page.locator(`${scope} [data-search-more]`);
  for (let shown = await page.locator(items).count(); shown < count && (await more.isVisible());) {
    await more.click();
    await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length > n, [items, shown] as const);
    shown = await page.locator(items).count();
  }
  return readResults(page, scope);
}

/** Waits until the panel in scope has finished a search (found something or not). */
export async function waitForSearch(page: Page, scope: 'main' | 'dialog' = 'main'): Promise<void> {
  const selector = SETTLED.split(', ')
    .map((s) => `${scope} ${s}`)
    .join(', ');
  await page.waitForSelector(selector, { timeout: 15_000 });
}

/**
 * Opens the search page and puts the focus in its field, as a reader reaching for it does; the
 * panel's code loads then (at once only for an address with a query), and this waits for it.
 */
export async function openSearchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.focus('main [data-search-input]');
  await page.waitForSelector('main [data-search-panel][data-mounted]', { state: 'attached' });
}

/** Opens the search page for a query, as a link from a sales rep would, and returns the results. */
export async function searchPage(page: Page, origin: string, query: string, base = '/'): Promise<SearchResultView[]> {
  await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
  await waitForSearch(page);
  return readResults(page);
}

/** The status line of the panel in scope. */
export function statusText(page: Page, scope: 'main' | 'dialog' = 'main'): Promise<string> {
  return page.$eval(`${scope} [data-search-status]`, (el) => el.textContent);
}

/** Pagefind's own answer for a query, without the site's query plan: result URLs in rank order. */
export async function rawPagefind(page: Page, origin: string, query: string, base = '/'): Promise<string[]> {
  if (!page.url().startsWith(origin)) await page.goto(`${origin}${base}about/`);
  // A string, so the test runner does not rewrite the dynamic import.
  const script = `(async () => {
    const pf = await import(${JSON.stringify(`${origin}${base}pagefind/pagefind.js`)});
    await pf.init();
    const search = await pf.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`;
  return page.evaluate<string[]>(script);
}
