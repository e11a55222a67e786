import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE } from '../tests/support/browser';
import { startServer } from '../tests/support/server';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search/engine';
import { median } from './measure';

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


interface Meter {
  origin: string;
  /** Requests since the last call, with response bytes (headers excluded). */
  take(): { url: string; bytes: number }[];
  close(): Promise<void>;
}

/**
 * A proxy in front of the static server that counts every response byte, whether the page or
 * Pagefind's worker asked for it, and behaves like a static host: gzip for text and wasm
 * (Pagefind's index files are gzipped already) and cache headers on hashed files and the
 * index, so a second visit shows what the cache saves.
 */
async function meteredProxy(upstream: string): Promise<Meter> {
  let log: { url: string; bytes: number }[] = [];
  const server: Server = createServer((req, res) => {
    const forward = request(`${upstream}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      const headers = { ...up.headers };
      if (/\/(pagefind|_astro)\//.test(req.url ?? '')) headers['cache-control'] = 'public, max-age=86400';
      const compress =
        /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|wasm|xml/.test(String(up.headers['content-type']));
      if (compress) headers['content-encoding'] = 'gzip';
      res.writeHead(up.statusCode ?? 502, headers);
      const body = compress ? up.pipe(createGzip()) : up;
      let bytes = 0;
      body.on('data', (chunk: Buffer) => (bytes += chunk.length));
      body.on('end', () => log.push({ url: req.url ?? '', bytes }));
      body.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    take: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
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
  const meter = await meteredProxy(server.origin);
  const start = `${meter.origin}${base}${(options.startPath ?? 'about/').replace(/^\//, '')}`;
  const cold = { bytes: [] as number[], ms: [] as number[] };
  const warm = { bytes: [] as number[], ms: [] as number[] };
  let coldRequests: { url: string; bytes: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const query = queries[run % queries.length];
      const next = queries[(run + 1) % queries.length];
      const context = await browser.newContext(run % 2 ? PHONE : DESKTOP);
      const page = await context.newPage();
      await page.goto(start, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      meter.take();
      await openDialog(page);
      cold.ms.push(await typeAndTime(page, query ?? ''));
      await page.waitForTimeout(200);
      const requests = meter.take();
      cold.bytes.push(requests.reduce((n, r) => n + r.bytes, 0));
      if (run === 0) coldRequests = requests;
      warm.ms.push(await typeAndTime(page, next ?? ''));

      // A second page load: the browser cache now holds pagefind's files.
      await page.goto(start, { waitUntil: 'networkidle' });
      meter.take();
      await openDialog(page);
      await typeAndTime(page, query ?? '');
      await page.waitForTimeout(200);
      warm.bytes.push(meter.take().reduce((n, r) => n + r.bytes, 0));
      await context.close();
    }
  } finally {
    await meter.close();
    await server.close();
  }
  return {
    runs,
    coldBytes: median(cold.bytes),
    warmBytes: median(warm.bytes),
    coldMs: Math.round(median(cold.ms)),
    warmMs: Math.round(median(warm.ms)),
    debounceMs: SEARCH_DEBOUNCE_MS,
    coldRequests,
  };
}
