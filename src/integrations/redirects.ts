import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/content/checks/types';
import { contentDir } from '../lib/deploy/content-dir';
import { checkRedirectTargets, readRedirects, redirectsFile, REDIRECTS_FILE } from '../lib/deploy/redirects';

/** A built page is a retired address when it is one of the pages that only send the reader on. */
export function isRedirectHtml(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/**
 * After the build: every retired address must have become a forwarding page (not hidden by a
 * live page of the same path) and lead to a live page; then `_redirects` is written for hosts
 * that answer with a real 301.
 */
export function redirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = readRedirects(contentDir());
        const html = (path: string): string | undefined => {
          const file = join(out, path, 'index.html');
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        const forwards = new Set(list.map((r) => r.from).filter((from) => isRedirectHtml(html(from) ?? '')));
        const problems = checkRedirectTargets(list, relative(process.cwd(), join(contentDir(), REDIRECTS_FILE)), (path) => {
          if (list.some((r) => r.from === path)) return !forwards.has(path);
          const page = html(path);
          return page !== undefined && !isRedirectHtml(page);
        });
        if (problems.length > 0) throw new ContentError(problems);
        writeFileSync(join(out, '_redirects'), redirectsFile(list, base));
        logger.info(`${list.length} retired addresses forward to their successors; wrote _redirects`);
      },
    },
  };
}
