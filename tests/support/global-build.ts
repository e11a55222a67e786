import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, DIST } from './build';
import { clearSharedBuilds } from './shared-builds';

/**
 * Builds the real site once before the site and browser tests, and forgets the shared builds
 * of the last run (tests/support/shared-builds.ts), which the first test needing one remakes.
 * `SKIP_BUILD=1` reuses an existing `dist/` and the shared builds while iterating on tests.
 */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return;
  clearSharedBuilds();
  const started = performance.now();
  const result = await buildSite();
  if (result.status !== 0) {
    throw new Error(`The site did not build:\n${result.output.slice(-8000)}`);
  }
  console.log(`site build for the tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
