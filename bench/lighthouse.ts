/**
 * Lighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU slowdown), on one page of every route
 * pattern, served as a static host serves it (gzip, cache headers on hashed files). Each figure
 * is the median of the runs.
 *
 * Alone, on an existing build: `npm run bench:lighthouse` (measures `dist/`, or the folder named
 * by BENCH_DIST; BENCH_LIGHTHOUSE_RUNS runs per page, default 3) and rewrites only its own section
 * of bench/results.md; BENCH_LIGHTHOUSE_ONLY=home,requirements measures only the patterns named
 * (and then prints without writing); BENCH_BASELINE_DIST=<an earlier build> measures both builds
 * with their runs interleaved and adds before → after (BENCH_BASELINE_LABEL names the two).
 * `npm run bench` runs it as one of its steps.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/support/browser';
import { ROOT } from '../tests/support/build';
import { resolveFile } from '../tests/support/server';
import { median } from './measure';

export interface RoutePattern {
  name: string;
  /** A page of the pattern, or a section folder whose first page stands for it. */
  path?: string;
  firstUnder?: string;
}

/** One page of every route pattern the site has. */
export const ROUTE_PATTERNS: RoutePattern[] = [
  { name: 'home', path: '/' },
  { name: 'section index', path: '/faq/' },
  { name: 'FAQ entry', path: '/faq/money-not-arrived/' },
  { name: 'cause entry', firstUnder: '/causes/' },
  { name: 'troubleshooter start', path: '/troubleshoot/' },
  { name: 'troubleshooter step', firstUnder: '/troubleshoot/' },
  { name: 'response code', path: '/codes/51/' },
  { name: 'requirements', path: '/requirements/geti/' },
  { name: 'channel', firstUnder: '/channels/' },
  { name: 'fee tool', path: '/fees/calculator/' },
  { name: 'search', path: '/search/' },
  { name: 'glossary term', firstUnder: '/glossary/' },
];

export interface LighthouseFigures {
  name: string;
  path: string;
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred while Lighthouse loaded the page (compressed, headers included). */
  bytes: number;
  /** The document plus every request Chromium marked render-blocking: round trips before first paint. */
  requestsBeforePaint: number;
  /** Lighthouse's measure of this machine's speed during the runs (higher is faster). */
  benchmarkIndex: number;
  /** Every run's TBT, to show how much it swings on a shared machine. */
  tbtRuns: number[];
}

/** Resolves each pattern to a page that exists in `dist`. Patterns without a page are left out. */
export function resolveRoutes(dist: string, patterns: RoutePattern[] = ROUTE_PATTERNS): { name: string; path: string }[] {
  const routes: { name: string; path: string }[] = [];
  for (const pattern of patterns) {
    let path = pattern.path;
    if (!path && pattern.firstUnder) {
      const folder = join(dist, pattern.firstUnder);
      const first = existsSync(folder)
        ? readdirSync(folder, { withFileTypes: true })
            .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'index.html')))
            // A retired address is a small forwarding page, not a page of the pattern.
            .filter((d) => !/<meta http-equiv="refresh"/i.test(readFileSync(join(folder, d.name, 'index.html'), 'utf8')))
            .map((d) => d.name)
            .sort()[0]
        : undefined;
      path = first ? `${pattern.firstUnder}${first}/` : undefined;
    }
    if (path && existsSync(join(dist, path, 'index.html'))) routes.push({ name: pattern.name, path });
    else console.warn(`Lighthouse: no page for "${pattern.name}" in ${dist}; left out`);
  }
  return routes;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
};

/**
 * Serves a build the way a static host or CDN does: text gzipped, `_astro/` cached for good,
 * unknown paths answered with the 404 page.
 */
export async function staticHost(dist: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = resolveFile(dist, req.url ?? '/') ?? join(dist, '404.html');
    const status = resolveFile(dist, req.url ?? '/') ? 200 : 404;
    const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': type };
    if (/\/_astro\//.test(req.url ?? '')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg|xml|wasm/.test(type)) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => {
          ok();
        });
      }),
  };
}

interface TraceEvent {
  name: string;
  args?: { data?: { requestId?: string; url?: string; renderBlocking?: string; resourceType?: string } };
}

const BLOCKING = new Set(['blocking', 'in_body_parser_blocking']);

/** The document and the requests Chromium recorded as render-blocking in the trace. */
export function requestsBeforePaint(traceEvents: TraceEvent[], documentUrl: string): string[] {
  const urls = new Set<string>([documentUrl]);
  for (const event of traceEvents) {
    const data = event.args?.data;
    if (event.name === 'ResourceSendRequest' && data?.url && data.renderBlocking && BLOCKING.has(data.renderBlocking)) urls.add(data.url);
  }
  return [...urls];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

type Sample = Record<string, number>;

/** One Lighthouse mobile run: scores, metrics, and how fast this machine was (its benchmark index). */
async function measureOnce(port: number, url: string): Promise<Sample> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr, artifacts } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const sample: Sample = {};
  for (const key of CATEGORIES) sample[key] = Math.round((lhr.categories[key]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  sample.fcp = audit('first-contentful-paint');
  sample.lcp = audit('largest-contentful-paint');
  sample.tbt = audit('total-blocking-time');
  sample.cls = audit('cumulative-layout-shift');
  sample.bytes = audit('total-byte-weight');
  sample.benchmarkIndex = lhr.environment.benchmarkIndex;
  const trace = (artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace;
  sample.requests = requestsBeforePaint(trace.traceEvents, lhr.finalDisplayedUrl).length;
  return sample;
}

function summarise(name: string, path: string, samples: Sample[]): LighthouseFigures {
  const m = (key: string) => median(samples.map((s) => s[key] ?? Number.NaN));
  return {
    name,
    path,
    runs: samples.length,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('best-practices'),
    seo: m('seo'),
    fcpMs: m('fcp'),
    lcpMs: m('lcp'),
    tbtMs: m('tbt'),
    cls: m('cls'),
    bytes: m('bytes'),
    requestsBeforePaint: m('requests'),
    benchmarkIndex: m('benchmarkIndex'),
    tbtRuns: samples.map((s) => Math.round(s.tbt ?? Number.NaN)),
  };
}

async function withChrome<T>(use: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    return await use(chrome.port);
  } finally {
    chrome.kill();
  }
}

/** Lighthouse mobile on each route, `runs` times; medians of every figure. */
export async function lighthouseRoutes(
  origin: string,
  routes: { name: string; path: string }[],
  runs: number,
): Promise<LighthouseFigures[]> {
  return withChrome(async (port) => {
    const results: LighthouseFigures[] = [];
    for (const { name, path } of routes) {
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await measureOnce(port, origin + path));
      const figures = summarise(name, path, samples);
      results.push(figures);
      console.log(`  ${name} ${path}: LCP ${Math.round(figures.lcpMs)} ms, TBT ${figures.tbtRuns.join('/')} ms`);
    }
    return results;
  });
}

/**
 * Two builds measured in one run, their runs interleaved (before, after, before, ...) so both
 * meet the same machine load: the fair way to compare on a shared machine. A pattern the earlier
 * build lacks is measured on the later one alone.
 */
export async function compareRoutes(
  before: { origin: string; routes: { name: string; path: string }[] },
  after: { origin: string; routes: { name: string; path: string }[] },
  runs: number,
): Promise<Comparison[]> {
  return withChrome(async (port) => {
    const pairs: Comparison[] = [];
    for (const route of after.routes) {
      const old = before.routes.find((r) => r.name === route.name);
      const a: Sample[] = [];
      const b: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        if (old) a.push(await measureOnce(port, before.origin + old.path));
        b.push(await measureOnce(port, after.origin + route.path));
      }
      const pair = { before: old ? summarise(old.name, old.path, a) : undefined, after: summarise(route.name, route.path, b) };
      pairs.push(pair);
      console.log(
        `  ${route.name}: LCP ${pair.before ? Math.round(pair.before.lcpMs) : '–'} → ${Math.round(pair.after.lcpMs)} ms, TBT ${pair.after.tbtRuns.join('/')} ms`,
      );
    }
    return pairs;
  });
}

export interface Comparison {
  before: LighthouseFigures | undefined;
  after: LighthouseFigures;
}

/** The comparison table: medians before → after for each route pattern both builds have. */
export function comparisonSection(comparisons: Comparison[], runs: number, label: string): string {
  const pairs = comparisons.filter((c): c is { before: LighthouseFigures; after: LighthouseFigures } => c.before !== undefined);
  const arrow = (a: number, b: number, format: (n: number) => string) => `${format(a)} → ${format(b)}`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const head = ['page', 'LCP', 'FCP', 'TBT', 'CLS', 'bytes', 'requests before first paint', 'performance'];
  return [
    `### Before and after, measured in one run (${label}; median of ${runs} interleaved runs each)`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...pairs
      .map(({ before: a, after: b }) =>
        [
          `${b.name} \`${b.path}\``,
          arrow(a.lcpMs, b.lcpMs, s),
          arrow(a.fcpMs, b.fcpMs, s),
          arrow(a.tbtMs, b.tbtMs, (n) => `${Math.round(n)} ms`),
          arrow(a.cls, b.cls, (n) => n.toFixed(3)),
          arrow(a.bytes, b.bytes, (n) => `${(n / 1024).toFixed(1)} KB`),
          arrow(a.requestsBeforePaint, b.requestsBeforePaint, String),
          arrow(a.performance, b.performance, String),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
    '',
  ].join('\n');
}

export const LIGHTHOUSE_HEADING = '## Lighthouse 12.2.3, mobile';

/** The results section: a heading, how it was measured, and the table. */
export function lighthouseSection(figures: LighthouseFigures[], runs: number): string {
  const rows = figures.map((f) => [
    `${f.name} \`${f.path}\``,
    f.performance,
    `${(f.lcpMs / 1000).toFixed(2)} s`,
    `${(f.fcpMs / 1000).toFixed(2)} s`,
    `${Math.round(f.tbtMs)} ms (${f.tbtRuns.join(', ')})`,
    f.cls.toFixed(3),
    `${(f.bytes / 1024).toFixed(1)} KB`,
    f.requestsBeforePaint,
    `${f.accessibility} / ${f.bestPractices} / ${f.seo}`,
    Math.round(f.benchmarkIndex),
  ]);
  const head = [
    'page',
    'performance',
    'LCP',
    'FCP',
    'TBT (each run)',
    'CLS',
    'bytes',
    'requests before first paint',
    'a11y / best practices / SEO',
    'machine (benchmark index)',
  ];
  return [
    `${LIGHTHOUSE_HEADING} (median of ${runs} runs per page)`,
    '',
    'Simulated slow 4G (150 ms RTT, 1.6 Mbit/s) and 4× CPU slowdown, the site served from loopback with gzip. ' +
      'Requests before first paint: the document plus every request Chromium marks render-blocking. ' +
      "Lighthouse simulates CPU time from the tasks it observes × 4, so LCP and TBT follow the shared machine's load: " +
      "its benchmark index (Lighthouse's own measure of the machine, higher is faster) is in the last column.",
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/** Replaces the Lighthouse section of a results file (up to the next `## `), or appends it. */
export function replaceSection(markdown: string, section: string): string {
  const start = markdown.indexOf(LIGHTHOUSE_HEADING);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}`;
  const next = markdown.indexOf('\n## ', start + LIGHTHOUSE_HEADING.length);
  return markdown.slice(0, start) + section.trimEnd() + (next < 0 ? '\n' : `\n\n${markdown.slice(next + 1)}`);
}

/** Lighthouse on one page of every route pattern (or those named) of the build in `dist`: the results section. */
export async function benchLighthouse(dist: string, runs: number, patterns: RoutePattern[] = ROUTE_PATTERNS): Promise<string> {
  const host = await staticHost(dist);
  try {
    return lighthouseSection(await lighthouseRoutes(host.origin, resolveRoutes(dist, patterns), runs), runs);
  } finally {
    await host.close();
  }
}

async function main(): Promise<void> {
  const dist = process.env.BENCH_DIST ?? join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run "npm run build" first (or set BENCH_DIST)`);
  const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  const only = process.env.BENCH_LIGHTHOUSE_ONLY?.split(',').filter(Boolean);
  const patterns = only ? ROUTE_PATTERNS.filter((p) => only.some((name) => p.name.includes(name))) : ROUTE_PATTERNS;
  const baseline = process.env.BENCH_BASELINE_DIST;
  if (baseline) {
    // Compare with an earlier build, interleaved: the later build's table and before → after.
    const label = process.env.BENCH_BASELINE_LABEL ?? `${baseline} → ${dist}`;
    const [a, b] = await Promise.all([staticHost(baseline), staticHost(dist)]);
    let section: string;
    try {
      console.log(`Lighthouse, ${baseline} against ${dist}, ${runs} interleaved runs per page...`);
      const pairs = await compareRoutes(
        { origin: a.origin, routes: resolveRoutes(baseline, patterns) },
        { origin: b.origin, routes: resolveRoutes(dist, patterns) },
        runs,
      );
      section = `${lighthouseSection(
        pairs.map((p) => p.after),
        runs,
      )}\n${comparisonSection(pairs, runs, label)}`;
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    console.log(section);
    if (only) return;
    const file = join(ROOT, 'bench/results.md');
    writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n', section));
    return;
  }
  console.log(`Lighthouse on ${dist}, ${runs} runs per page...`);
  const section = await benchLighthouse(dist, runs, patterns);
  console.log(section);
  if (only) return;
  const file = join(ROOT, 'bench/results.md');
  writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n', section));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
