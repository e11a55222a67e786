import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import {
  forIndex,
  indexChunkSize,
  surveyPages,
  withoutInlineStyles,
  type IndexPage,
  type IndexSurvey,
  type IndexTermsManifest,
} from '../lib/search/index-terms';

/** Options shared by the build and by tests that index fixtures. */
export const PAGEFIND_OPTIONS = {
  forceLanguage: 'zh-cn',
  rootSelector: 'html',
  includeCharacters: '+',
} as const;

/** Written by `src/pages/search/index-terms.json.ts`; consumed and removed here. */
export const MANIFEST_PATH = 'search/index-terms.json';

/** Word positions per index file (see `indexChunkSize`); Pagefind 1.6 takes it from the environment only. */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's bundled UIs: the site ships its own small UI on pagefind.js instead. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
  }
}

/** `faq/x/index.html` → `/faq/x/`; `404.html` → `/404.html`. */
export function urlOfFile(relative: string): string {
  const path = relative.split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
}

/** The built pages, read one at a time as they are asked for: never all of them in memory at once. */
function* builtPages(outDir: string, files: readonly string[]): Generator<IndexPage> {
  for (const file of files) yield { url: urlOfFile(file), content: withoutInlineStyles(readFileSync(join(outDir, file), 'utf8')) };
}

function* pagesForPagefind(pages: Iterable<IndexPage>, manifest: IndexTermsManifest, survey: IndexSurvey): Generator<IndexPage> {
  for (const page of pages) {
    const indexed = forIndex(page, manifest, survey);
    if (indexed) yield indexed;
  }
}

/** How many pages are on their way to Pagefind at once. */
const IN_FLIGHT = 32;

/**
 * Sends every page to Pagefind, a few at a time. The service handles its messages one after
 * the other in the order they arrive, and they are sent in page order, so the index is the one
 * a page-by-page loop builds; keeping several in flight lets this process prepare and send the
 * next pages while Pagefind parses, instead of waiting for each answer. Every answer is checked.
 */
export async function addPages(
  index: Pick<PagefindIndex, 'addHTMLFile'>,
  pages: Iterable<IndexPage>,
  inFlight = IN_FLIGHT,
): Promise<number> {
  const problems: [number, string][] = [];
  const queue = pages[Symbol.iterator]();
  let next = 0;
  const sender = async () => {
    for (let item = queue.next(); item.done !== true; item = queue.next()) {
      const i = next++;
      const page = item.value;
      const { errors } = await index.addHTMLFile(page);
      if (errors.length > 0) problems.push([i, `${page.url}: ${errors.join('; ')}`]);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, sender));
  if (problems.length > 0) {
    const list = problems.sort(([a], [b]) => a - b).map(([, problem]) => problem);
    throw new Error(`Pagefind addHTMLFile failed:\n${list.join('\n')}`);
  }
  return next;
}

/**
 * Indexes the built pages with Pagefind's Node API, adding each entry's aliases, glossary
 * synonyms and filters to what is indexed, and fails the build on any error. The log line
 * gives the time of each step (the benchmark reads it).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const manifestFile = join(outDir, MANIFEST_PATH);
        const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as IndexTermsManifest;
        await rm(manifestFile);
        try {
          const files = await htmlFiles(outDir);
          const survey = surveyPages(builtPages(outDir, files), manifest);
          // Pagefind reads the index file size from its environment when its service starts, here.
          process.env[CHUNK_SIZE_VARIABLE] ??= String(indexChunkSize(survey.characters));
          const { index, errors } = await createIndex(PAGEFIND_OPTIONS);
          assertNoErrors('createIndex', { errors });
          if (!index) throw new Error('Pagefind did not create an index');
          const prepared = performance.now();
          const count = await addPages(index, pagesForPagefind(builtPages(outDir, files), manifest, survey));
          if (count === 0) throw new Error('Pagefind found no pages to index');
          const added = performance.now();
          assertNoErrors('writeFiles', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
          await Promise.all(UNUSED_FILES.map((f) => rm(join(outDir, 'pagefind', f), { force: true })));
          const ms = (from: number, to: number) => Math.round(to - from);
          const done = performance.now();
          logger.info(
            `Indexed ${count} pages in ${ms(started, done)} ms ` +
              `(reading ${ms(started, prepared)} ms, adding ${ms(prepared, added)} ms, writing ${ms(added, done)} ms; ` +
              `${process.env[CHUNK_SIZE_VARIABLE]} word positions per index file)`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
