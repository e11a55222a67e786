import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './build';
import { isRedirectHtml } from '../../src/integrations/redirects';

/** Every HTML file of a build, as site paths (`/faq/x/`), Pagefind's own files excluded; retired addresses included. */
export function everyBuiltPage(dist: string = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/index\.html$/, '').replace(/\\/g, '/')}`)
    .sort();
}

/** The retired addresses of a build: pages that only forward the reader to their successor. */
export function redirectPages(dist: string = DIST): string[] {
  return everyBuiltPage(dist).filter((p) => isRedirectHtml(readPage(p, dist)));
}

/** The pages a reader reads: every built page but the retired addresses. */
export function builtPages(dist: string = DIST): string[] {
  const retired = new Set(redirectPages(dist));
  return everyBuiltPage(dist).filter((p) => !retired.has(p));
}

export function readPage(path: string, dist: string = DIST): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(dist, file), 'utf8');
}

export function relativeToDist(file: string, dist: string = DIST): string {
  return relative(dist, file);
}
