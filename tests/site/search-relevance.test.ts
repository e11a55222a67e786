import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DIST } from '../support/build';
import { DESKTOP, launchBrowser, newContext } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { readAtLeast, waitForSearch, openSearchPage } from '../support/search';
import { RELEVANCE_QUERIES } from './relevance-queries';
import { closeAll } from '../support/teardown';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer(DIST);
  page = await (await newContext(browser, DESKTOP)).newPage();
  await openSearchPage(page, `${server.origin}/search/`);
});

afterAll(async () => {
  await closeAll(browser, server);
});

/** Types the query into the search page, as a reader would, and returns the paths of the first three results. */
async function search(query: string): Promise<string[]> {
  await page.fill('main [data-search-input]', query);
  await waitForSearch(page);
  return (await readAtLeast(page, 3)).map((r) => r.href);
}

describe('search relevance', () => {
  it(`finds the right page in the top 3, and first for 90 %, of ${RELEVANCE_QUERIES.length} real queries`, async () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(80);
    const misses: string[] = [];
    const notFirst: string[] = [];
    let top1 = 0;
    let top3 = 0;
    for (const { query, expect: want } of RELEVANCE_QUERIES) {
      const got = await search(query);
      if (got[0] === want) top1 += 1;
      else notFirst.push(`${query} → ${want} came after ${got[0] ?? 'nothing'}`);
      if (got.slice(0, 3).includes(want)) top3 += 1;
      else misses.push(`${query} → wanted ${want}, got ${got.slice(0, 3).join(', ') || 'nothing'}`);
    }
    const n = RELEVANCE_QUERIES.length;
    const pct = (x: number) => `${((100 * x) / n).toFixed(1)}%`;
    console.log(
      `search relevance: top-1 ${top1}/${n} (${pct(top1)}), top-3 ${top3}/${n} (${pct(top3)})\n` +
        notFirst.map((line) => `  not first: ${line}`).join('\n'),
    );
    expect(misses).toEqual([]);
    expect(top1 / n).toBeGreaterThanOrEqual(0.9);
  });
});
