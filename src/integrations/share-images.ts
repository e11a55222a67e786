import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheUse } from '../lib/images/cache';
import { drawingFingerprint } from '../lib/images/fingerprint';

const VIRTUAL_MODULE = 'virtual:site-images';
const RESOLVED_VIRTUAL_MODULE = `\0${VIRTUAL_MODULE}`;

/**
 * Gives the routes that draw link previews and posters (src/lib/images/site.ts) where to keep
 * them between builds (`share-images/` in Astro's `cacheDir`), the project root to find the
 * fonts from, and the fingerprint of the drawing code; after a build, says how many it drew.
 */
export function shareImages(): AstroIntegration {
  let cacheDir = '';
  let started = 0;
  return {
    name: 'site:share-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const projectRoot = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'share-images');
        const imageConfig = { cacheDir, projectRoot, fingerprint: drawingFingerprint(projectRoot) };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site:share-images-config',
                resolveId: (id: string) => (id === VIRTUAL_MODULE ? RESOLVED_VIRTUAL_MODULE : undefined),
                load: (id: string) =>
                  id === RESOLVED_VIRTUAL_MODULE ? `export const imageConfig = ${JSON.stringify(imageConfig)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const use = cacheUse(cacheDir, started);
        logger.info(`Share images: ${use.used} used, ${use.drawn} drawn in ${use.drawMs} ms, ${use.used - use.drawn} from the cache`);
      },
    },
  };
}
