/**
 * `npm run bench`: page weight, Lighthouse, build time at scale, what the share images add to a
 * clean build, and search speed, printed as one table and written to bench/results.md.
 * Benchmarks measure; the test suite asserts behaviour.
 *
 * BENCH_SIZES (default "500,2000,5000"), BENCH_RUNS (runs per small build, default 3),
 * BENCH_LIGHTHOUSE_RUNS (default 3) tune it. BENCH_ONLY=builds measures the builds alone,
 * BENCH_ONLY=weight the page weight of the build in dist/ alone, and BENCH_ONLY=bad-input the
 * planted content mistakes alone (bench/bad-input.ts); each replaces only its own sections of
 * bench/results.md.
 *
 * The side-by-side comparison with Starlight (`../shared/anchor/side-by-side.sh . 2000 5000`) is
 * a separate run; paste its table under "## Side by side with Starlight" in bench/results.md:
 * every run of this script keeps that section.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { launchBrowser } from '../tests/support/browser';
import { ROOT } from '../tests/support/build';
import { startServer } from '../tests/support/server';
import { benchLighthouse } from './lighthouse';
import { dirSize, kb, median, mib, runMeasured } from './measure';
import { measurePage, type PageWeight } from './page-weight';
import { benchSearch, requestBreakdown, searchTable, type SearchBenchResult } from './search';
import { benchShareImages } from './share-images';
import { DANGLING_FROM, DUPLICATE_ID, writeBadContent } from './bad-input';
import { replaceSections } from './results-file';
import { buildStages, type BuildStages, type TimerStats } from './stages';
import { countEntries, writeSyntheticContent } from './synthetic';
import { itemAt } from '../src/lib/required';

const TMP = join(ROOT, 'bench/.tmp');
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LH_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY;
const RESULTS = join(ROOT, 'bench/results.md');
const SIDE_BY_SIDE = '## Side by side with Starlight';

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['section index', '/faq/'],
  ['FAQ entry', '/faq/what-is-settlement-failure/'],
  ['troubleshooter', '/troubleshoot/'],
  ['requirements', '/requirements/geti/'],
  ['calculator', '/fees/calculator/'],
];

const PAGE_WEIGHT_HEADING = '## Page weight (the HTML carries its CSS and scripts; code loaded on demand comes when the reader uses it)';

function pageWeightTable(weights: PageWeight[]): string {
  return table(
    [
      'page',
      'HTML raw / gzip (all of it)',
      'of which CSS, gzip',
      'of which scripts, gzip',
      'linked files',
      'JS fetched before any interaction (gzip)',
    ],
    weights.map((w) => [
      `${w.name} \`${w.path}\``,
      `${kb(w.html[0])} / ${kb(w.html[1])}`,
      kb(w.inlineCss[1]),
      kb(w.inlineJs[1]),
      kb(w.linked[1]),
      kb(w.jsFetchedBeforeInteraction),
    ]),
  );
}

interface BuildFigures {
  label: string;
  entries: number;
  runs: number;
  ms: number;
  peakRssMiB: number;
  peakProcessRssMiB: number;
  /** The stages of the run with the median wall time. */
  stages: BuildStages;
  outBytes: number;
  pagefindBytes: number;
  pages: number;
}

async function buildMeasured(label: string, contentDir: string, outDir: string, runs: number): Promise<BuildFigures> {
  const measured: { ms: number; peak: number; peakProcess: number; stages: BuildStages }[] = [];
  for (let i = 0; i < runs; i++) {
    const cache = join(TMP, `cache-${label}`);
    const timerPath = join(TMP, `timer-${label}-${i}.json`);
    const result = await runMeasured(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: `${cache}-${i}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_TIMER_PATH: timerPath,
      },
      ROOT,
    );
    if (result.status !== 0) throw new Error(`Build ${label} failed:\n${result.output.slice(-4000)}`);
    const stages = buildStages(result.ms, JSON.parse(readFileSync(timerPath, 'utf8')) as TimerStats, result.output);
    measured.push({ ms: result.ms, peak: result.peakRssMiB, peakProcess: result.peakProcessRssMiB, stages });
  }
  const byTime = [...measured].sort((a, b) => a.ms - b.ms);
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  return {
    label,
    entries: countEntries(contentDir),
    runs,
    ms: median(measured.map((m) => m.ms)),
    peakRssMiB: median(measured.map((m) => m.peak)),
    peakProcessRssMiB: median(measured.map((m) => m.peakProcess)),
    stages: itemAt(byTime, Math.floor((byTime.length - 1) / 2)).stages,
    outBytes: dirSize(outDir),
    pagefindBytes: dirSize(join(outDir, 'pagefind')),
    pages,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
/** When and where a section was measured: partial runs rewrite their sections alone. */
const measured = () =>
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; the load average at the end was ${itemAt(loadavg(), 0).toFixed(1)}.`;

function buildTables(builds: BuildFigures[]): string[] {
  const scale = [
    '## Build at scale (clean build: fresh cache each run)',
    '',
    measured(),
    '',
    table(
      [
        'content',
        'entries',
        'pages',
        'runs',
        'wall time',
        'per entry',
        'peak RSS, largest process',
        'peak RSS, all processes',
        'output',
        'Pagefind index',
      ],
      builds.map((b) => [
        b.label,
        b.entries,
        b.pages,
        b.runs,
        seconds(b.ms),
        `${(b.ms / b.entries).toFixed(1)} ms`,
        `${b.peakProcessRssMiB.toFixed(0)} MiB`,
        `${b.peakRssMiB.toFixed(0)} MiB`,
        mib(b.outBytes),
        mib(b.pagefindBytes),
      ]),
    ),
  ];
  const stages = [
    "## Build stages (the median run; Astro's build timer and the Pagefind integration's log)",
    '',
    "Startup is Node and the config before Astro's timer starts; bundling is Vite/Rolldown compiling the",
    "pages, the MDX entries and the client scripts; render is writing every page's HTML; Pagefind is",
    'reading the pages, adding them to the index and writing it; other is config hooks, Vite setup, the',
    'sitemap and `_headers`.',
    '',
    table(
      ['content', 'startup', 'content sync', 'bundling', 'render', 'render per page', 'Pagefind (read / add / write)', 'other'],
      builds.map((b) => {
        const s = b.stages;
        const p = s.pagefindParts;
        return [
          b.label,
          seconds(s.startup),
          seconds(s.contentSync),
          seconds(s.bundle),
          seconds(s.render),
          `${(s.render / b.pages).toFixed(1)} ms`,
          `${seconds(s.pagefind)} (${seconds(p.reading)} / ${seconds(p.adding)} / ${seconds(p.writing)})`,
          seconds(s.other),
        ];
      }),
    ),
  ];
  return [scale.join('\n'), stages.join('\n')];
}

/** Replaces the given sections of bench/results.md, keeping the others. */
function updateResults(sections: string[]): void {
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n\n';
  writeFileSync(RESULTS, replaceSections(current, sections));
}

/** The hand-pasted side-by-side section of the current results, kept when the file is rewritten. */
function keptSideBySide(): string {
  if (!existsSync(RESULTS)) return '';
  const text = readFileSync(RESULTS, 'utf8');
  const start = text.indexOf(SIDE_BY_SIDE);
  if (start < 0) return '';
  const end = text.indexOf('\n## ', start + SIDE_BY_SIDE.length);
  return `${text.slice(start, end < 0 ? undefined : end + 1).trimEnd()}\n`;
}

const PLANTED = [DUPLICATE_ID, DANGLING_FROM];

/** The lines of a lint or build output that name a planted mistake, with the content folder left out. */
function namedMistakes(output: string, contentDir: string): string[] {
  const lines = stripVTControlCharacters(output)
    .split('\n')
    .map((l) => l.trim());
  const named: string[] = [];
  lines.forEach((line, i) => {
    const file = /(faq\/synthetic-\d+\.mdx?)(:\d+)?$/.exec(line.replace(contentDir, 'content'));
    const field = lines[i + 1] ?? '';
    // The planted mistakes only: the content lint has editorial rules the synthetic text may break.
    const path = file?.[1];
    if (path && PLANTED.some((id) => path.includes(id)) && /^字段 (文件名|related\[)/.test(field)) named.push(`${path}: ${field}`);
  });
  return [...new Set(named)].sort();
}

/**
 * The content lint and the build on real content plus N synthetic entries with a duplicate slug
 * and a dangling `related`: both must fail and name the same mistakes the same way at every size.
 */
async function badInput(sizes = [50, 5000]): Promise<string> {
  mkdirSync(TMP, { recursive: true });
  const rows: (string | number)[][] = [];
  let reference: string[] | undefined;
  for (const n of sizes) {
    const contentDir = join(TMP, `bad-${n}`);
    writeBadContent(join(ROOT, 'content'), contentDir, n);
    console.log(`Checking ${n} synthetic entries with planted mistakes...`);
    const env = { CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
    const lint = await runMeasured(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/content-check.ts')],
      env,
      ROOT,
    );
    const build = await runMeasured(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { ...env, OUT_DIR: join(TMP, `bad-dist-${n}`), ASTRO_CACHE_DIR: join(TMP, `bad-cache-${n}`) },
      ROOT,
    );
    const lintNamed = namedMistakes(lint.output, contentDir);
    const buildNamed = namedMistakes(build.output, contentDir);
    const expected = (reference ??= lintNamed);
    rows.push([
      n,
      `exit ${lint.status}, ${seconds(lint.ms)}, ${lintNamed.length} named`,
      `exit ${build.status}, ${seconds(build.ms)}, ${buildNamed.length} named`,
      JSON.stringify(lintNamed) === JSON.stringify(reference) && buildNamed.every((m) => expected.includes(m)) ? 'yes' : 'NO',
    ]);
  }
  return [
    '## Bad input at scale (a duplicate slug and a dangling related among N synthetic entries)',
    '',
    measured(),
    '',
    table(['synthetic entries', 'content lint', 'astro build', `same messages as at ${sizes[0]}`], rows),
    '',
    ...(reference ?? []).map((m) => `- ${m}`),
    '',
  ].join('\n');
}

async function buildsOnly(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const realContent = join(ROOT, 'content');
  const builds = [await buildMeasured('real', realContent, join(TMP, 'dist-real'), RUNS)];
  for (const n of SIZES) {
    const contentDir = join(TMP, `content-${n}`);
    writeSyntheticContent(realContent, contentDir, n);
    console.log(`Building with ${n} synthetic entries...`);
    builds.push(await buildMeasured(String(n), contentDir, join(TMP, `dist-${n}`), n >= 2000 ? 1 : RUNS));
  }
  const sections = buildTables(builds);
  updateResults(sections);
  console.log(sections.join('\n\n'));
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
  const searches: { label: string; figures: SearchBenchResult }[] = [
    { label: `real (${itemAt(builds, 0).entries} entries)`, figures: await benchSearch(realDist, browser) },
  ];
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
  const badInputSection = await badInput();

  const report = [
    `# Benchmark results`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}. Each figure is the median of the runs shown.`,
    '',
    PAGE_WEIGHT_HEADING,
    '',
    pageWeightTable(weights),
    '',
    lighthouse,
    ...buildTables(builds).map((t) => `${t}\n`),
    keptSideBySide(),
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
    "## Search: this site against Pagefind's stock UI over the same index (headless Chromium, phone viewport)",
    '',
    "Bytes as the server sends them (gzip), the page itself included for the search page and the stock UI's page, only",
    'what searching adds for the header dialog on a page already open; service workers off.',
    '',
    ...searches.flatMap((s) => [
      searchTable(s.label, s.figures),
      '',
      ...[s.figures.site, s.figures.dialog, s.figures.stock].map((r) => `- ${requestBreakdown(r)}`),
      '',
    ]),
    badInputSection,
  ].join('\n');
  writeFileSync(RESULTS, report);
  console.log(report);
}

/** Page weight alone, on a build already in `dist/` (or BENCH_DIST). */
async function pageWeightOnly(): Promise<string> {
  const dist = process.env.BENCH_DIST ?? join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run "npm run build" first (or set BENCH_DIST)`);
  const browser = await launchBrowser();
  const server = await startServer(dist);
  try {
    const weights: PageWeight[] = [];
    for (const [name, path] of PAGE_TYPES) weights.push(await measurePage(browser, server.origin, dist, name, path));
    return [
      PAGE_WEIGHT_HEADING,
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.`,
      '',
      pageWeightTable(weights),
    ].join('\n');
  } finally {
    await server.close();
    await browser.close();
  }
}

if (ONLY === 'builds') await buildsOnly();
else if (ONLY === 'weight') {
  const section = await pageWeightOnly();
  updateResults([section]);
  console.log(section);
} else if (ONLY === 'bad-input') {
  const section = await badInput();
  updateResults([section]);
  console.log(section);
} else await main();
