/**
 * Search speed and weight, this site's search against Pagefind's stock UI over the same index,
 * in one run. `npm run bench` runs it on the real site and at scale; `npm run bench:search`
 * runs it alone on an existing `dist/` (build first).
 */
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { transform } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { PHONE, launchBrowser } from '../tests/support/browser';
import { DIST, ROOT } from '../tests/support/build';
import { startServer } from '../tests/support/server';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search/engine';
import { kb, median } from './measure';

export interface SearchBenchOptions {
  /** Deploy base path the dist was built for. */
  base?: string;
  /** Page the reader opens the header search from (a content page). */
  startPath?: string;
  /** Queries typed, one per run; runs cycle through them. */
  queries?: string[];
  runs?: number;
}

export interface SearchBenchRow {
  label: string;
  runs: number;
  /** Bytes sent from opening the page (or the search) until the first results show, fresh cache (median). */
  coldBytes: number;
  /** The same on a second visit, with the browser cache warm (median). */
  warmBytes: number;
  /** Milliseconds from the last keystroke to results, first search on a fresh cache (median). */
  coldMs: number;
  /** The same for a later search on the same page, everything loaded (median). */
  warmMs: number;
  /** Included in the times above: the pause after the last keystroke before searching. */
  debounceMs: number;
  /** Files sent for the first search in the first run, with their sizes as sent. */
  coldRequests: { url: string; bytes: number }[];
}

export interface SearchBenchResult {
  /** The search page, `/search/`, opened fresh: the page itself counts, as for the stock UI's. */
  site: SearchBenchRow;
  /** The header dialog on a content page: what searching adds to a page already read. */
  dialog: SearchBenchRow;
  /** Pagefind's stock UI (`@pagefind/default-ui`, as Starlight ships it) on a page of its own. */
  stock: SearchBenchRow;
}

const DEFAULT_QUERIES = ['钱没到账', '手续费', '签到', '到账慢', '冻结'];

/** Typing speed: a key every 60 ms, as in the measurements this bench replaced. */
const KEY_DELAY_MS = 60;

/** Where the bench serves the stock UI, beside the site. */
const STOCK_PATH = '__stock-search/';

/** Pagefind's stock UI debounce, as shipped. */
const STOCK_DEBOUNCE_MS = 300;

/**
 * The stock UI as a site's bundler would ship it: its ES module and stylesheet, minified (the
 * package ships them unminified; Starlight's build minifies them).
 */
async function stockFiles(base: string): Promise<Record<string, { type: string; body: string }>> {
  const dir = join(ROOT, 'node_modules/@pagefind/default-ui/npm_dist/mjs');
  const js = await transform(readFileSync(join(dir, 'ui-core.mjs'), 'utf8'), { loader: 'js', format: 'esm', minify: true });
  const css = await transform(readFileSync(join(dir, 'ui-core.css'), 'utf8'), { loader: 'css', minify: true });
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind stock UI</title><link rel="icon" href="${base}favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="ui-core.css"></head>
<body><main><h1>搜索</h1><div id="search"></div></main>
<script type="module">import { PagefindUI } from './ui-core.mjs';
new PagefindUI({ element: '#search', bundlePath: '${base}pagefind/', showSubResults: true, showImages: false });</script></body></html>`;
  return {
    '': { type: 'text/html; charset=utf-8', body: page },
    'ui-core.mjs': { type: 'text/javascript; charset=utf-8', body: js.code },
    'ui-core.css': { type: 'text/css; charset=utf-8', body: css.code },
  };
}

interface Meter {
  origin: string;
  /** Requests since the last call, with response bytes as sent (headers excluded). */
  take(): { url: string; bytes: number }[];
  close(): Promise<void>;
}

/**
 * A proxy in front of the static server that counts every response byte, whether the page or
 * Pagefind's worker asked for it, and behaves like a static host: gzip for text and wasm
 * (Pagefind's index files are gzipped already) and cache headers on hashed files and the
 * index, so a second visit shows what the cache saves. It also serves the stock UI's page.
 */
async function meteredProxy(upstream: string, base: string): Promise<Meter> {
  let log: { url: string; bytes: number }[] = [];
  const stock = await stockFiles(base);
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: Record<string, string | string[] | undefined>,
    body: NodeJS.ReadableStream,
  ) => {
    const type = String(headers['content-type'] ?? '');
    const compress = /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|wasm|xml/.test(type);
    if (compress) headers['content-encoding'] = 'gzip';
    delete headers['content-length'];
    res.writeHead(status, headers);
    const out = compress ? body.pipe(createGzip()) : body;
    let bytes = 0;
    out.on('data', (chunk: Buffer) => (bytes += chunk.length));
    out.on('end', () => log.push({ url: req.url ?? '', bytes }));
    out.pipe(res);
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const own = path.startsWith(`${base}${STOCK_PATH}`) ? stock[path.slice(base.length + STOCK_PATH.length)] : undefined;
    if (own) {
      // Like the site's: the page revalidates, its script and stylesheet are cached.
      const cache = own.type.startsWith('text/html') ? {} : { 'cache-control': 'public, max-age=86400' };
      send(req, res, 200, { 'content-type': own.type, ...cache }, Readable.from([own.body]));
      return;
    }
    const forward = request(`${upstream}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      const headers: Record<string, string | string[] | undefined> = { ...up.headers };
      if (/\/(pagefind|_astro)\//.test(req.url ?? '')) headers['cache-control'] = 'public, max-age=86400';
      send(req, res, up.statusCode ?? 502, headers, up);
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
    close: () =>
      new Promise((ok) => {
        server.close(() => {
          ok();
        });
      }),
  };
}

/** How each UI is driven: where its field is, and when its results for a query are on screen. */
interface Ui {
  input: string;
  /** Where its panel is (passed into the page). */
  scope: string;
  /** Runs in the page: resolves with ms from the last keystroke to the results for `query`. */
  waitForResults: (arg: { query: string; scope: string }) => Promise<number>;
}

/** This site: the panel sets data-state="done" once the shown results are rendered. */
function siteUi(scope: 'main' | 'dialog'): Ui {
  return {
    input: `${scope} [data-search-input]`,
    scope,
    waitForResults: ({ query, scope }) =>
      new Promise<number>((resolve) => {
        const panel = document.querySelector<HTMLElement>(`${scope} [data-search-panel]`);
        const input = panel?.querySelector<HTMLInputElement>('[data-search-input]');
        if (!panel || !input) throw new Error(`No search field in ${scope}`);
        let last = 0;
        input.addEventListener('input', () => (last = performance.now()));
        // No named functions in here: the page cannot see the bundler's helpers for them.
        new MutationObserver(() => {
          if (last > 0 && input.value === query && panel.dataset.state === 'done' && panel.querySelector('.result')) {
            resolve(performance.now() - last);
          }
        }).observe(panel, { attributes: true, attributeFilter: ['data-state'] });
      }),
  };
}

/** The stock UI: results are on screen when its message names the query and every shown result has loaded. */
const stockUi: Ui = {
  input: '.pagefind-ui__search-input',
  scope: '#search',
  waitForResults: ({ query, scope }) =>
    new Promise<number>((resolve) => {
      const root = document.querySelector<HTMLElement>(scope);
      const input = root?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
      if (!root || !input) throw new Error(`No search field in ${scope}`);
      let last = 0;
      input.addEventListener('input', () => (last = performance.now()));
      new MutationObserver(() => {
        const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
        const items = [...root.querySelectorAll('.pagefind-ui__results > li')];
        const loaded = items.length > 0 && items.every((li) => li.querySelector('.pagefind-ui__result-link'));
        if (last > 0 && input.value === query && message.includes(query) && !message.startsWith('正在搜索') && loaded) {
          resolve(performance.now() - last);
        }
      }).observe(root, { subtree: true, childList: true, characterData: true });
    }),
};

/** Types a query into a UI's field and returns ms from the last keystroke to its results. */
async function typeAndTime(page: Page, ui: Ui, query: string): Promise<number> {
  const timing = page.evaluate(ui.waitForResults, { query, scope: ui.scope });
  await page.fill(ui.input, '');
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  return timing;
}

interface Scenario {
  label: string;
  ui: Ui;
  debounceMs: number;
  /** Opens the page and the search, focused; `meter.take()` before it when the page itself counts. */
  open(page: Page, meter: Meter): Promise<void>;
}

async function measure(browser: Browser, meter: Meter, scenario: Scenario, queries: string[], run: number) {
  const query = queries[run % queries.length] ?? '';
  const next = queries[(run + 1) % queries.length] ?? '';
  // The site's offline support would save pages in the background; that is not search.
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await scenario.open(page, meter);
    const coldMs = await typeAndTime(page, scenario.ui, query);
    await page.waitForTimeout(200);
    const coldRequests = meter.take();
    const warmMs = await typeAndTime(page, scenario.ui, next);

    // A second visit: the browser cache now holds what the first one fetched.
    await page.waitForTimeout(200);
    meter.take();
    await scenario.open(page, meter);
    await typeAndTime(page, scenario.ui, query);
    await page.waitForTimeout(200);
    const warmBytes = meter.take().reduce((n, r) => n + r.bytes, 0);
    return { coldMs, warmMs, coldRequests, coldBytes: coldRequests.reduce((n, r) => n + r.bytes, 0), warmBytes };
  } finally {
    await context.close();
  }
}

/**
 * Measures each search as a reader meets it, on a phone: open the page, type, wait for the
 * results. The scenarios take turns within each run, so the machine's load falls on all of them
 * alike. Serves `dist` itself; the caller owns the browser.
 */
export async function benchSearch(dist: string, browser: Browser, options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const base = options.base ?? '/';
  const queries = options.queries ?? DEFAULT_QUERIES;
  const runs = options.runs ?? 5;
  const server = await startServer(dist, base);
  const meter = await meteredProxy(server.origin, base);
  const at = (path: string) => `${meter.origin}${base}${path.replace(/^\//, '')}`;
  const focus = async (page: Page, selector: string) => {
    await page.click(selector);
    await page.waitForFunction((s) => document.activeElement?.matches(s), selector);
  };
  const scenarios: Record<keyof SearchBenchResult, Scenario> = {
    site: {
      label: 'this site, search page',
      ui: siteUi('main'),
      debounceMs: SEARCH_DEBOUNCE_MS,
      open: async (page, m) => {
        m.take();
        await page.goto(at('search/'), { waitUntil: 'load' });
        await focus(page, 'main [data-search-input]');
      },
    },
    stock: {
      label: 'stock Pagefind UI',
      ui: stockUi,
      debounceMs: STOCK_DEBOUNCE_MS,
      open: async (page, m) => {
        m.take();
        await page.goto(at(STOCK_PATH), { waitUntil: 'load' });
        await page.waitForSelector(stockUi.input);
        await focus(page, stockUi.input);
      },
    },
    dialog: {
      label: 'this site, header dialog',
      ui: siteUi('dialog'),
      debounceMs: SEARCH_DEBOUNCE_MS,
      open: async (page, m) => {
        await page.goto(at(options.startPath ?? 'about/'), { waitUntil: 'networkidle' });
        m.take();
        await page.click('[data-search-open]');
        await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
      },
    },
  };
  const samples = Object.fromEntries(Object.keys(scenarios).map((k) => [k, [] as Awaited<ReturnType<typeof measure>>[]])) as Record<
    keyof SearchBenchResult,
    Awaited<ReturnType<typeof measure>>[]
  >;
  try {
    for (let run = 0; run < runs; run++) {
      for (const key of Object.keys(scenarios) as (keyof SearchBenchResult)[]) {
        samples[key].push(await measure(browser, meter, scenarios[key], queries, run));
      }
    }
  } finally {
    await meter.close();
    await server.close();
  }
  const row = (key: keyof SearchBenchResult): SearchBenchRow => {
    const s = samples[key];
    return {
      label: scenarios[key].label,
      runs,
      coldBytes: median(s.map((x) => x.coldBytes)),
      warmBytes: median(s.map((x) => x.warmBytes)),
      coldMs: Math.round(median(s.map((x) => x.coldMs))),
      warmMs: Math.round(median(s.map((x) => x.warmMs))),
      debounceMs: scenarios[key].debounceMs,
      coldRequests: s[0]?.coldRequests ?? [],
    };
  };
  return { site: row('site'), dialog: row('dialog'), stock: row('stock') };
}

/** The search rows as a Markdown table, with this site's figures as ratios of the stock UI's. */
export function searchTable(label: string, result: SearchBenchResult): string {
  const { site, dialog, stock } = result;
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
  const rows = [site, dialog, stock].map((r) => [
    `${label}: ${r.label}`,
    r.runs,
    kb(r.coldBytes),
    kb(r.warmBytes),
    `${r.coldMs} ms`,
    `${r.warmMs} ms`,
    `${r.debounceMs} ms`,
  ]);
  rows.push([
    `${label}: search page ÷ stock UI`,
    '',
    ratio(site.coldBytes, stock.coldBytes),
    ratio(site.warmBytes, stock.warmBytes),
    ratio(site.coldMs, stock.coldMs),
    ratio(site.warmMs, stock.warmMs),
    '',
  ]);
  const head = [
    'search',
    'runs',
    'bytes to first results (fresh cache)',
    'bytes, second visit',
    'keystroke to results, cold',
    'keystroke to results, warm',
    'of which debounce',
  ];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** What the first search fetched, by kind, for the first run of a row. */
export function requestBreakdown(row: SearchBenchRow): string {
  const kinds: [string, RegExp][] = [
    ['page (HTML, CSS, site JS)', /^(?!.*\/pagefind\/)/],
    ['pagefind.js + worker', /\/pagefind\/pagefind(-worker)?\.js/],
    ['wasm', /\/pagefind\/wasm\./],
    ['index metadata', /\/pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)/],
    ['index chunks', /\/pagefind\/index\//],
    ['filter chunks', /\/pagefind\/filter\//],
    ['fragments', /\/pagefind\/fragment\//],
  ];
  const parts = kinds.map(([name, re]) => {
    const hits = row.coldRequests.filter((r) => re.test(r.url));
    return `${name} ${kb(hits.reduce((n, r) => n + r.bytes, 0))} (${hits.length})`;
  });
  return `${row.label}: ${parts.join(', ')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launchBrowser();
  try {
    const runs = Number(process.env.BENCH_RUNS ?? 5);
    const result = await benchSearch(process.env.BENCH_DIST ?? DIST, browser, { runs });
    console.log(searchTable('real', result));
    console.log(['', ...[result.site, result.dialog, result.stock].map(requestBreakdown)].join('\n'));
  } finally {
    await browser.close();
  }
}
