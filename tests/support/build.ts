import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const TMP = join(ROOT, 'tests/.tmp');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

const LOCK = join(ROOT, 'node_modules/.site-build.lock');

/** Builds share `.astro/`, so only one runs at a time across test workers. */
async function withBuildLock<T>(run: () => T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run is stale after ten minutes.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Vitest puts Vite's import.meta.env values into process.env (BASE_URL=/, MODE=test, ...);
 * a build that inherits them ignores BASE_PATH, so they are left out.
 */
const VITE_ENV_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV_KEYS.has(key)));
}

/** Runs `astro build` with the given environment (CONTENT_DIR, OUT_DIR, BASE_PATH, ...). */
export function buildSite(env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = env.OUT_DIR ?? DIST;
  return withBuildLock(() => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // CI may force colour; assertions read plain text.
    return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
  });
}
