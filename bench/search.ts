import type { Browser, CDPSession, Page } from 'playwright-core';
import { DESKTOP, PHONE } from '../tests/support/browser';
import { startServer } from '../tests/support/server';

export interface SearchBenchOptions {
  /** Deploy base path the dist was built for. */
  base?: string;
  /** Page the reader starts from (a content page). */
  startPath?: string;
  /** Queries typed, one per run; runs cycle through them. */
  queries?: string[];
  runs?: number;
}

export interface SearchBenchResult {
  runs: number;
  /** Bytes transferred from opening search until the first results show, fresh cache (median). */
  coldBytes: number;
  /** The same on a second page load, with the browser cache warm (median). */
  warmBytes: number;
  /** Milliseconds from the last keystroke to results, first search on a fresh cache (median). */
  coldMs: number;
  /** The same for a later search on the same page, everything loaded (median). */
  warmMs: number;
  /** Included in the times above: the debounce before a search starts. */
  debounceMs: number;
  /** Files fetched for the first search, with their transfer sizes. */
  coldRequests: { url: string; bytes: number }[];
}

const DEFAULT_QUERIES = ['钱没到账', '手续费', '签到', '到账慢', '冻结'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Counts bytes on the wire for every request of a page, as Chromium reports them. */
async function countBytes(page: Page): Promise<{ session: CDPSession; take(): { url: string; bytes: number }[] }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const urls = new Map<string, string>();
  let log: { url: string; bytes: number }[] = [];
  session.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  session.on('Network.loadingFinished', (e) => log.push({ url: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength }));
  return {
    session,
    take: () => {
      const taken = log;
      log = [];
      return taken;
    },
  };
}

/** Types a query into the open dialog and returns ms from the last keystroke to rendered results. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  const timing = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const panel = document.querySelector<HTMLElement>('dialog [data-search-panel]')!;
        const input = panel.querySelector('input')!;
        let last = 0;
        input.addEventListener('input', () => (last = performance.now()));
        new MutationObserver(() => {
          if (panel.dataset.state === 'done' && last > 0 && panel.querySelector('[data-search-results] li')) {
            resolve(performance.now() - last);
          }
        }).observe(panel, { attributes: true, attributeFilter: ['data-state'] });
      }),
  );
  await page.fill('dialog [data-search-input]', '');
  await page.keyboard.type(query, { delay: 60 });
  return timing;
}

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-search-open]');
  await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
}

/**
 * Measures the search as a reader meets it: from a content page, open the search, type, and
 * wait for results. Serves `dist` itself; the caller owns the browser.
 */
export async function benchSearch(dist: string, browser: Browser, options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const base = options.base ?? '/';
  const queries = options.queries ?? DEFAULT_QUERIES;
  const runs = options.runs ?? 5;
  const server = await startServer(dist, base);
  const start = `${server.origin}${base}${(options.startPath ?? 'about/').replace(/^\//, '')}`;
  const cold = { bytes: [] as number[], ms: [] as number[] };
  const warm = { bytes: [] as number[], ms: [] as number[] };
  let coldRequests: { url: string; bytes: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const query = queries[run % queries.length];
      const next = queries[(run + 1) % queries.length];
      const context = await browser.newContext(run % 2 ? PHONE : DESKTOP);
      const page = await context.newPage();
      const meter = await countBytes(page);
      await page.goto(start, { waitUntil: 'networkidle' });
      meter.take();
      await openDialog(page);
      cold.ms.push(await typeAndTime(page, query));
      const requests = meter.take();
      cold.bytes.push(requests.reduce((n, r) => n + r.bytes, 0));
      if (run === 0) coldRequests = requests.map((r) => ({ url: r.url.replace(server.origin, ''), bytes: r.bytes }));
      warm.ms.push(await typeAndTime(page, next));

      // A second page load: the browser cache now holds pagefind's files.
      await page.goto(start, { waitUntil: 'networkidle' });
      meter.take();
      await openDialog(page);
      await typeAndTime(page, query);
      warm.bytes.push(meter.take().reduce((n, r) => n + r.bytes, 0));
      await context.close();
    }
  } finally {
    await server.close();
  }
  return {
    runs,
    coldBytes: median(cold.bytes),
    warmBytes: median(warm.bytes),
    coldMs: Math.round(median(cold.ms)),
    warmMs: Math.round(median(warm.ms)),
    debounceMs: 120,
    coldRequests,
  };
}
