import { resolve } from 'node:path';

/** Where authored content lives; `CONTENT_DIR` points the build at another folder (fixtures, benchmarks). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}
