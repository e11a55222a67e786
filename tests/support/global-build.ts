import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, DIST } from './build';

/**
 * Builds the real site once before the site and browser tests.
 * `SKIP_BUILD=1` reuses an existing `dist/` while iterating on tests.
 */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return;
  const result = await buildSite();
  if (result.status !== 0) {
    throw new Error(`The site did not build:\n${result.output.slice(-8000)}`);
  }
}
