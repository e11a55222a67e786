import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withStyleHashes } from '../lib/deploy/csp';
import { headersFile, SITE_CSP } from '../lib/deploy/security-headers';

/** Every HTML file under the build folder, as paths relative to it. */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * Completes each page's Content-Security-Policy with the sha256 hashes of its inline styles
 * (Astro inlines every page's CSS into one `<style>`; see `build.inlineStylesheets`), then writes
 * `_headers` (security headers for hosts that read it) next to the built pages.
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
        // Every page is checked first and written after, so a page that cannot get its hashes
        // stops the build before any page has changed. Only the hashes are kept between the two
        // passes: holding thousands of pages would cost hundreds of megabytes.
        const hashesOf = (file: string) => withStyleHashes(readFileSync(join(root, file), 'utf8'), file);
        const hashed = htmlFiles(root).flatMap((file) => {
          const { styleHashes } = hashesOf(file);
          return styleHashes.length > 0 ? [{ file, styleHashes }] : [];
        });
        for (const { file } of hashed) writeFileSync(join(root, file), hashesOf(file).html);
        logger.info(
          `Allowed the inline styles of ${hashed.length} pages by hash (${new Set(hashed.flatMap((p) => p.styleHashes)).size} distinct)`,
        );
        writeFileSync(new URL('_headers', dir), headersFile(SITE_CSP, base));
        logger.info(`Wrote ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
