import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Options shared by the build and by tests that index fixtures. */
export const PAGEFIND_OPTIONS = {
  forceLanguage: 'zh-cn',
  rootSelector: 'html',
  includeCharacters: '+',
} as const;

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
  }
}

/** Indexes the built pages with Pagefind's Node API and fails the build on any error. */
export function pagefind(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index, errors } = await createIndex(PAGEFIND_OPTIONS);
          assertNoErrors('createIndex', { errors });
          if (!index) throw new Error('Pagefind did not create an index');
          const outDir = fileURLToPath(dir);
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added);
          if (added.page_count === 0) throw new Error('Pagefind found no pages to index');
          assertNoErrors('writeFiles', await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
