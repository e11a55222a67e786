import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DrawnImage } from './render';

/**
 * The cache key of a set of images: a hash of what they are drawn from (`input`) and of the
 * drawing code and libraries (`fingerprint`), so a change to either draws them again.
 */
export function imageKey(kind: string, input: unknown, fingerprint: string): string {
  return createHash('sha256').update(JSON.stringify({ kind, input, fingerprint })).digest('hex').slice(0, 32);
}

/** A drawing failed; the message names the page the image belongs to. */
export class ImageDrawingError extends Error {
  override name = 'ImageDrawingError';
}

interface Record {
  images: { width: number; height: number }[];
  drawMs: number;
  drawnAt: number;
}

/**
 * Drawn images kept on disk between builds (in Astro's cache folder) and in memory within one,
 * so a page and the route that serves its image draw it once, and an unchanged build draws
 * nothing. `<key>.json` is written last and marks a complete entry; reading an entry touches
 * it, so its modification time says when it was last used.
 */
export class ImageCache {
  readonly #dir: string;
  readonly #pending = new Map<string, Promise<DrawnImage[]>>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  /**
   * The images stored under `key`, drawn with `draw` and stored first when absent. `what`
   * names them (and the page they belong to) if drawing fails.
   */
  images(key: string, what: string, draw: () => Promise<DrawnImage[]>): Promise<DrawnImage[]> {
    let images = this.#pending.get(key);
    if (!images) {
      images =
        this.#read(key) ??
        this.#draw(key, draw).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          throw new ImageDrawingError(`无法绘制${what}：${reason}`, { cause: error });
        });
      this.#pending.set(key, images);
      // A failed drawing is not remembered: the error reaches the caller, who stops the build.
      images.catch(() => this.#pending.delete(key));
    }
    return images;
  }

  #read(key: string): Promise<DrawnImage[]> | undefined {
    const recordFile = join(this.#dir, `${key}.json`);
    let record: Record;
    try {
      record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record;
      const images = record.images.map((size, i) => ({
        ...size,
        png: new Uint8Array(readFileSync(join(this.#dir, `${key}-${i + 1}.png`))),
      }));
      const now = new Date();
      utimesSync(recordFile, now, now);
      return Promise.resolve(images);
    } catch {
      return undefined;
    }
  }

  async #draw(key: string, draw: () => Promise<DrawnImage[]>): Promise<DrawnImage[]> {
    const started = performance.now();
    const images = await draw();
    const record: Record = {
      images: images.map(({ width, height }) => ({ width, height })),
      drawMs: Math.round(performance.now() - started),
      drawnAt: Date.now(),
    };
    mkdirSync(this.#dir, { recursive: true });
    images.forEach((image, i) => {
      writeAtomically(join(this.#dir, `${key}-${i + 1}.png`), image.png);
    });
    writeAtomically(join(this.#dir, `${key}.json`), JSON.stringify(record));
    return images;
  }
}

function writeAtomically(file: string, data: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

export interface CacheUse {
  /** Image sets used since `since` (drawn or read). */
  used: number;
  /** Image sets drawn since `since`, and the time that took. */
  drawn: number;
  drawMs: number;
}

/** What a build that started at `since` (ms since the epoch) took from and added to the cache. */
export function cacheUse(dir: string, since: number): CacheUse {
  const use: CacheUse = { used: 0, drawn: 0, drawMs: 0 };
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return use;
  }
  for (const name of names) {
    const file = join(dir, name);
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record;
    const drawn = record.drawnAt >= since;
    // A read sets the time itself (utimes, which can come back a fraction of a millisecond early).
    if (!drawn && statSync(file).mtimeMs + 1 < since) continue;
    use.used++;
    if (drawn) {
      use.drawn++;
      use.drawMs += record.drawMs;
    }
  }
  return use;
}
