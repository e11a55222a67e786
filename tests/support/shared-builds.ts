import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSite, DIST, TMP, type BuildResult } from './build';

/**
 * Builds that several test files need, made once per test run and shared:
 *
 * - the default build, `dist/`, made by the global setup before any test file runs
 *   (`defaultBuild()` describes it);
 * - `kbBuild()`: the site under `BASE_PATH=/kb` with `SITE_URL=https://help.example.com`, made
 *   by the first test file that asks for it, while every other file that asks waits for it;
 * - `sharedBuild(name, env)`: any other configuration, the same way (e.g. `SITE_OFFLINE=false`).
 *
 * A shared build lives in `tests/.tmp/shared/<name>/` (`dist/`, Astro's cache and `build.json`
 * with the exit status and output). The global setup empties `tests/.tmp/shared/` at the start
 * of a run; with `SKIP_BUILD=1` it keeps them, like `dist/`, so a rerun of one file is quick.
 * A shared build is read-only: a test that changes files copies the build first.
 */

export interface SharedBuild extends BuildResult {
  /** The deploy base path, with slashes on both ends: `/`, `/kb/`. */
  base: string;
  /** The origin the build's absolute URLs use. */
  site: string;
}

export const SHARED = join(TMP, 'shared');
export const DEFAULT_SITE = 'https://pos-help.example.org';

export const KB_BASE = '/kb/';
export const KB_SITE = 'https://help.example.com';

/** The build the global setup made of the real content (`npm test` builds it once). */
export function defaultBuild(): SharedBuild {
  return { status: 0, output: '', outDir: DIST, base: '/', site: DEFAULT_SITE };
}

/** The real content built under `/kb/` for `https://help.example.com`, built once per run. */
export function kbBuild(): Promise<SharedBuild> {
  return sharedBuild('kb', { BASE_PATH: '/kb', SITE_URL: KB_SITE });
}

interface Recorded {
  env: Record<string, string>;
  status: number | null;
  output: string;
}

/** Holds a lock directory while `run` runs; one left by a killed run is stale after fifteen minutes. */
async function withLock<T>(lock: string, run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 900_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const baseOf = (env: Record<string, string>) => {
  const trimmed = (env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
};

/**
 * The real content built once with `env` (BASE_PATH, SITE_URL, SITE_OFFLINE...) and shared by
 * every test file that asks for `name` in this run. The first caller builds while the others
 * wait; a failed build is recorded and returned to every caller rather than built again. Check
 * `status` (and show `output`) in the test that needs the build.
 */
export async function sharedBuild(name: string, env: Record<string, string>): Promise<SharedBuild> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`A shared build's name is a folder name: "${name}"`);
  const dir = join(SHARED, name);
  const record = join(dir, 'build.json');
  const outDir = join(dir, 'dist');
  mkdirSync(SHARED, { recursive: true });
  const recorded = await withLock(join(SHARED, `${name}.lock`), async (): Promise<Recorded> => {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as Recorded;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const result = await buildSite({ ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(dir, 'cache') });
    const made: Recorded = { env, status: result.status, output: result.output };
    writeFileSync(record, JSON.stringify(made));
    return made;
  });
  if (JSON.stringify(recorded.env) !== JSON.stringify(env)) {
    throw new Error(
      `The shared build "${name}" was made with ${JSON.stringify(recorded.env)}, not ${JSON.stringify(env)}: give this one another name`,
    );
  }
  return { status: recorded.status, output: recorded.output, outDir, base: baseOf(env), site: env.SITE_URL ?? DEFAULT_SITE };
}

/** Forgets the shared builds of an earlier run (the global setup calls it unless SKIP_BUILD=1). */
export function clearSharedBuilds(): void {
  rmSync(SHARED, { recursive: true, force: true });
}
