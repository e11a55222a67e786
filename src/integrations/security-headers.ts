import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withInlineHashes } from '../lib/deploy/csp';
import { inlineModuleScripts } from '../lib/deploy/inline-scripts';
import { headersFile, SITE_CSP } from '../lib/deploy/security-headers';

/** Every HTML file under the build folder, as paths relative to it. */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * Writes each page's scripts into it (`inlineModuleScripts`) and completes its
 * Content-Security-Policy with the sha256 hashes of its inline styles and scripts (Astro inlines
 * every page's CSS into one `<style>`; see `build.inlineStylesheets`), then writes `_headers`
 * (security headers for hosts that read it) next to the built pages.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Map<string, string>();
        const readScript = (file: string) => {
          let text = scripts.get(file);
          if (text === undefined) scripts.set(file, (text = readFileSync(join(root, file), 'utf8')));
          return text;
        };
        // Every page is checked first and written after, so a page that cannot get its hashes
        // stops the build before any page has changed. Only the hashes are kept between the two
        // passes: holding thousands of pages would cost hundreds of megabytes.
        const finished = (file: string) =>
          withInlineHashes(inlineModuleScripts(readFileSync(join(root, file), 'utf8'), file, base, readScript), file);
        const hashed = htmlFiles(root).flatMap((file) => {
          const { styleHashes, scriptHashes } = finished(file);
          return styleHashes.length + scriptHashes.length > 0 ? [{ file, styleHashes, scriptHashes }] : [];
        });
        for (const { file } of hashed) writeFileSync(join(root, file), finished(file).html);
        const distinct = (key: 'styleHashes' | 'scriptHashes') => new Set(hashed.flatMap((p) => p[key])).size;
        logger.info(
          `Inlined the styles and scripts of ${hashed.length} pages, each allowed by hash (${distinct('styleHashes')} distinct styles, ${distinct('scriptHashes')} distinct scripts)`,
        );
        writeFileSync(new URL('_headers', dir), headersFile(SITE_CSP, base));
        logger.info(`Wrote ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
