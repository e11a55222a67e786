import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/support/build';
import { median, runMeasured } from './measure';
import { itemAt } from '../src/lib/required';

export interface ShareImageFigures {
  runs: number;
  /** Images a build uses (link previews and poster sets). */
  images: number;
  /** Summed drawing time the build reports, clean cache. */
  drawMs: number;
  /** Wall time of a clean build. */
  cleanMs: number;
  /** Wall time of a clean build whose image cache alone is warm. */
  cachedImagesMs: number;
  /** Images drawn by that build: 0 when the cache works. */
  drawnWithCache: number;
}

const REPORT = /Share images: (\d+) used, (\d+) drawn in (\d+) ms/;

async function build(
  contentDir: string,
  outDir: string,
  cacheDir: string,
): Promise<{ ms: number; used: number; drawn: number; drawMs: number }> {
  const result = await runMeasured(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    ROOT,
  );
  const report = REPORT.exec(result.output);
  if (result.status !== 0 || !report) throw new Error(`Share-image build failed:\n${result.output.slice(-4000)}`);
  return { ms: result.ms, used: Number(report[1]), drawn: Number(report[2]), drawMs: Number(report[3]) };
}

/**
 * What drawing the link previews and posters adds to a clean build: each run builds with an
 * empty cache, then again with a fresh cache holding only the images the first build drew
 * (everything else clean), and compares.
 */
export async function benchShareImages(contentDir: string, tmp: string, runs: number): Promise<ShareImageFigures> {
  const clean: { ms: number; used: number; drawMs: number }[] = [];
  const cached: { ms: number; drawn: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const cleanCache = join(tmp, `share-cache-clean-${i}`);
    const imagesOnly = join(tmp, `share-cache-images-${i}`);
    rmSync(cleanCache, { recursive: true, force: true });
    rmSync(imagesOnly, { recursive: true, force: true });
    clean.push(await build(contentDir, join(tmp, 'dist-share'), cleanCache));
    cpSync(join(cleanCache, 'share-images'), join(imagesOnly, 'share-images'), { recursive: true });
    cached.push(await build(contentDir, join(tmp, 'dist-share'), imagesOnly));
  }
  return {
    runs,
    images: itemAt(clean, 0).used,
    drawMs: median(clean.map((b) => b.drawMs)),
    cleanMs: median(clean.map((b) => b.ms)),
    cachedImagesMs: median(cached.map((b) => b.ms)),
    drawnWithCache: Math.max(...cached.map((b) => b.drawn)),
  };
}
