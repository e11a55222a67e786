import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './build';

/** Every HTML file of a build, as site paths (`/faq/x/`), Pagefind's own files excluded. */
export function builtPages(dist: string = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/index\.html$/, '').replace(/\\/g, '/')}`)
    .sort();
}

export function readPage(path: string, dist: string = DIST): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(dist, file), 'utf8');
}

export function relativeToDist(file: string, dist: string = DIST): string {
  return relative(dist, file);
}
