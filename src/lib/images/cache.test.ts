import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheUse, ImageCache, ImageDrawingError, imageKey } from './cache';
import type { DrawnImage } from './render';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  dirs.splice(0).forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  });
});

const image = (byte: number): DrawnImage => ({ png: new Uint8Array([byte, byte]), width: 4, height: 3 });

describe('imageKey', () => {
  it('changes with the input, the kind and the drawing fingerprint', () => {
    const key = imageKey('poster', { title: 'a' }, 'f1');
    expect(imageKey('poster', { title: 'a' }, 'f1')).toBe(key);
    expect(imageKey('poster', { title: 'b' }, 'f1')).not.toBe(key);
    expect(imageKey('preview', { title: 'a' }, 'f1')).not.toBe(key);
    expect(imageKey('poster', { title: 'a' }, 'f2')).not.toBe(key);
  });
});

describe('ImageCache', () => {
  it('draws once per key within a build, and not at all in the next one', async () => {
    const dir = tempDir();
    let draws = 0;
    const draw = () => {
      draws++;
      return Promise.resolve([image(1), image(2)]);
    };
    const first = new ImageCache(dir);
    const [a, b] = await Promise.all([first.images('k', 'x', draw), first.images('k', 'x', draw)]);
    expect(draws).toBe(1);
    expect(a).toBe(b);
    const next = await new ImageCache(dir).images('k', 'x', draw);
    expect(draws).toBe(1);
    expect(next).toEqual([image(1), image(2)]);
  });

  it('draws again when an entry is incomplete', async () => {
    const dir = tempDir();
    await new ImageCache(dir).images('k', 'x', () => Promise.resolve([image(1)]));
    rmSync(join(dir, 'k-1.png'));
    let draws = 0;
    await new ImageCache(dir).images('k', 'x', () => {
      draws++;
      return Promise.resolve([image(1)]);
    });
    expect(draws).toBe(1);
  });

  it('passes a drawing error on, naming the image and its page, and keeps nothing of it', async () => {
    const dir = tempDir();
    const cache = new ImageCache(dir);
    const failing = cache.images('k', ' /faq/ 的链接预览图', async () => Promise.reject(new Error('找不到字体文件')));
    await expect(failing).rejects.toThrow(ImageDrawingError);
    await expect(failing).rejects.toThrow('无法绘制 /faq/ 的链接预览图：找不到字体文件');
    expect(readdirSync(dir)).toEqual([]);
    await expect(cache.images('k', 'x', () => Promise.resolve([image(3)]))).resolves.toEqual([image(3)]);
  });
});

describe('cacheUse', () => {
  it('counts what a build drew and what it took from the cache', async () => {
    const dir = tempDir();
    await new ImageCache(dir).images('old', 'x', () => Promise.resolve([image(1)]));
    await new ImageCache(dir).images('unused', 'x', () => Promise.resolve([image(2)]));
    const past = new Date(Date.now() - 60_000);
    for (const name of ['old.json', 'unused.json']) utimesSync(join(dir, name), past, past);
    // The clock must move past the earlier drawings' millisecond.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = Date.now();
    const cache = new ImageCache(dir);
    await cache.images('old', 'x', () => Promise.resolve([image(9)]));
    await cache.images('new', 'x', () => Promise.resolve([image(3)]));
    const use = cacheUse(dir, since);
    expect(use.used).toBe(2);
    expect(use.drawn).toBe(1);
    expect(use.drawMs).toBeGreaterThanOrEqual(0);
  });

  it('is empty when there is no cache yet', () => {
    expect(cacheUse(join(tempDir(), 'missing'), 0)).toEqual({ used: 0, drawn: 0, drawMs: 0 });
  });
});
