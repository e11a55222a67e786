/**
 * `npm run bench`: page weight, Lighthouse, build time at scale, what the share images add to a
 * clean build, and search speed, printed as one table and written to bench/results.md.
 * Benchmarks measure; the test suite asserts behaviour.
 *
 * BENCH_SIZES (default "500,2000,5000"), BENCH_RUNS (runs per small build, default 3),
 * BENCH_LIGHTHOUSE_RUNS (default 3) tune it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser';
import { ROOT } from '../tests/support/build';
import { startServer } from '../tests/support/server';
import { benchLighthouse } from './lighthouse';
import { dirSize, kb, median, mib, runMeasured } from './measure';
import { measurePage, type PageWeight } from './page-weight';
import { benchSearch, requestBreakdown, searchTable, type SearchBenchResult } from './search';
import { benchShareImages } from './share-images';
import { countEntries, writeSyntheticContent } from './synthetic';

const TMP = join(ROOT, 'bench/.tmp');
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LH_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['section index', '/faq/'],
  ['FAQ entry', '/faq/what-is-settlement-failure/'],
  ['troubleshooter', '/troubleshoot/'],
  ['requirements', '/requirements/geti/'],
  ['calculator', '/fees/calculator/'],
];

interface BuildFigures {
  label: string;
  entries: number;
  runs: number;
  ms: number;
  peakRssMiB: number;
  outBytes: number;
  pagefindBytes: number;
  pages: number;
}

async function buildMeasured(label: string, contentDir: string, outDir: string, runs: number): Promise<BuildFigures> {
  const times: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cache = join(TMP, `cache-${label}`);
    const result = await runMeasured(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${cache}-${i}`, ASTRO_TELEMETRY_DISABLED: '1' },
      ROOT,
    );
    if (result.status !== 0) throw new Error(`Build ${label} failed:\n${result.output.slice(-4000)}`);
    times.push(result.ms);
    peaks.push(result.peakRssMiB);
  }
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  return {
    label,
    entries: countEntries(contentDir),
    runs,
    ms: median(times),
    peakRssMiB: median(peaks),
    outBytes: dirSize(outDir),
    pagefindBytes: dirSize(join(outDir, 'pagefind')),
    pages,
  };
}

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const realContent = join(ROOT, 'content');
  const builds: BuildFigures[] = [];
  const realDist = join(TMP, 'dist-real');
  console.log('Building the real site...');
  builds.push(await buildMeasured('real', realContent, realDist, RUNS));
  console.log('Timing the share images...');
  const shareImages = await benchShareImages(realContent, TMP, RUNS);

  const browser = await launchBrowser();
  const server = await startServer(realDist);
  const weights: PageWeight[] = [];
  for (const [name, path] of PAGE_TYPES) {
    if (!existsSync(join(realDist, path, 'index.html'))) continue;
    weights.push(await measurePage(browser, server.origin, realDist, name, path));
  }
  console.log('Searching the real site...');
  const searches: { label: string; figures: SearchBenchResult }[] = [{ label: `real (${builds[0]!.entries} entries)`, figures: await benchSearch(realDist, browser) }];
  await server.close();
  console.log('Running Lighthouse...');
  const lighthouse = await benchLighthouse(realDist, LH_RUNS);

  for (const n of SIZES) {
    const contentDir = join(TMP, `content-${n}`);
    writeSyntheticContent(realContent, contentDir, n);
    const outDir = join(TMP, `dist-${n}`);
    console.log(`Building with ${n} synthetic entries...`);
    builds.push(await buildMeasured(String(n), contentDir, outDir, n >= 2000 ? 1 : RUNS));
    if (n === Math.max(...SIZES)) {
      searches.push({ label: `${countEntries(contentDir)} entries`, figures: await benchSearch(outDir, browser) });
    }
  }
  await browser.close();

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
  const report = [
    `# Benchmark results`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. Each figure is the median of the runs shown.`,
    '',
    '## Page weight (bytes the page references; JS run before any interaction is what Chromium fetched on load)',
    '',
    table(
      ['page', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'HTML+CSS gzip', 'JS before interaction (gzip)'],
      weights.map((w) => [
        `${w.name} \`${w.path}\``,
        `${kb(w.html[0])} / ${kb(w.html[1])}`,
        `${kb(w.css[0])} / ${kb(w.css[1])}`,
        `${kb(w.js[0])} / ${kb(w.js[1])}`,
        kb(w.html[1] + w.css[1]),
        kb(w.jsBeforeInteraction),
      ]),
    ),
    '',
    lighthouse,
    '## Build at scale (clean build: fresh cache each run)',
    '',
    table(
      ['content', 'entries', 'pages', 'runs', 'wall time', 'per entry', 'peak RSS', 'output', 'Pagefind index'],
      builds.map((b) => [
        b.label,
        b.entries,
        b.pages,
        b.runs,
        `${(b.ms / 1000).toFixed(1)} s`,
        `${(b.ms / b.entries).toFixed(1)} ms`,
        `${b.peakRssMiB.toFixed(0)} MiB`,
        mib(b.outBytes),
        mib(b.pagefindBytes),
      ]),
    ),
    '',
    `## Share images: link previews and checklist posters, real content (${shareImages.runs} runs)`,
    '',
    table(
      ['images', 'drawing time (clean cache)', 'clean build', 'clean build, images cached', 'images add', 'drawn with the cache'],
      [
        [
          shareImages.images,
          `${(shareImages.drawMs / 1000).toFixed(1)} s`,
          `${(shareImages.cleanMs / 1000).toFixed(1)} s`,
          `${(shareImages.cachedImagesMs / 1000).toFixed(1)} s`,
          `${((shareImages.cleanMs - shareImages.cachedImagesMs) / 1000).toFixed(1)} s`,
          shareImages.drawnWithCache,
        ],
      ],
    ),
    '',
    '## Search: this site against Pagefind\'s stock UI over the same index (headless Chromium, phone viewport)',
    '',
    'Bytes as the server sends them (gzip), the page itself included for the search page and the stock UI\'s page, only',
    'what searching adds for the header dialog on a page already open; service workers off.',
    '',
    ...searches.flatMap((s) => [searchTable(s.label, s.figures), '', ...[s.figures.site, s.figures.dialog, s.figures.stock].map((r) => `- ${requestBreakdown(r)}`), '']),
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/results.md'), report);
  console.log(report);
}

await main();
