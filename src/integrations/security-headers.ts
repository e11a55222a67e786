import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, SITE_CSP } from '../lib/deploy/security-headers';

/** Writes `_headers` (security headers for hosts that read it) next to the built pages. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile(SITE_CSP, base));
        logger.info(`Wrote ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
