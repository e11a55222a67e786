import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { authoredEntries } from '../support/content';
import { builtPages, readPage } from '../support/dist';
import { decodeQrPng, inkedShare } from '../support/qr';
import { meta, parseHtml, pngSize } from '../support/seo';
import { readText } from '../../src/lib/images/png-text';
import { FEE_TOOLS } from '../../src/schemas/fees';
import { SECTIONS } from '../../src/schemas/sections';

const ORIGIN = 'https://pos-help.example.org';
const pages = builtPages();
const dom = new Map(pages.map((p) => [p, parseHtml(readPage(p))]));
const entries = authoredEntries();
const idsOf = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.id);

/** The pages that get a link preview of their own; every other page shows the site-wide image. */
const OWN_PREVIEW = new Set([
  ...SECTIONS.map((s) => `/${s}/`),
  '/troubleshoot/',
  ...idsOf('requirements').map((id) => `/requirements/${id}/`),
  ...idsOf('channels').map((id) => `/channels/${id}/`),
  ...Object.keys(FEE_TOOLS).map((tool) => `/fees/${tool}/`),
]);

/** A site URL's file in dist/. */
const fileOf = (url: string) => join(DIST, new URL(url).pathname);

describe('link previews', () => {
  it('every page’s og:image is a PNG in dist/ of the declared size, described, and the Twitter card’s too', () => {
    for (const [page, root] of dom) {
      const image = meta(root, 'og:image') ?? '';
      expect(image.startsWith(`${ORIGIN}/og/`), page).toBe(true);
      const size = pngSize(readFileSync(fileOf(image)));
      expect(size, page).toEqual({ width: Number(meta(root, 'og:image:width')), height: Number(meta(root, 'og:image:height')) });
      expect(size, page).toEqual({ width: 1200, height: 630 });
      expect(meta(root, 'og:image:alt')?.length, page).toBeGreaterThan(4);
      expect(meta(root, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(root, 'twitter:image'), page).toBe(image);
      expect(meta(root, 'twitter:image:alt'), page).toBe(meta(root, 'og:image:alt'));
    }
  });

  it('section indexes, the troubleshooter, checklists, channels and fee tools have their own; other pages the site-wide one', () => {
    expect(OWN_PREVIEW.size).toBeGreaterThan(15);
    for (const [page, root] of dom) {
      const expected = OWN_PREVIEW.has(page) ? `${ORIGIN}/og${page.replace(/\/$/, '')}.png` : `${ORIGIN}/og/default.png`;
      expect(meta(root, 'og:image'), page).toBe(expected);
    }
    for (const page of OWN_PREVIEW) expect(pages, page).toContain(page);
  });

  it('each own preview is its own picture, with ink on it', () => {
    const seen = new Map<string, string>();
    for (const page of [...OWN_PREVIEW, '/']) {
      const png = readFileSync(fileOf(meta(dom.get(page)!, 'og:image')!));
      const digest = png.toString('base64');
      expect(seen.get(digest), `${page} has the same picture as`).toBeUndefined();
      seen.set(digest, page);
      expect(inkedShare(png), page).toBeGreaterThan(0.01);
    }
  });
});

describe('checklist posters', () => {
  const types = idsOf('requirements');

  it('are offered on the three merchant-type pages', () => {
    expect(types.sort()).toEqual(['geti', 'qiye', 'xiaowei']);
  });

  it.each(types)('%s: behind 生成海报, lazy, sized, described, with the long-press hint and a download link', (id) => {
    const root = dom.get(`/requirements/${id}/`)!;
    const details = root.querySelector('details.poster');
    expect(details?.querySelector('summary')?.textContent.trim()).toBe('生成海报');
    expect(details?.textContent).toContain('长按图片保存或转发');
    const images = details!.querySelectorAll('img');
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      const src = img.getAttribute('src')!;
      expect(src).toMatch(new RegExp(`^/requirements/${id}/poster-\\d+\\.png$`));
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('alt')).toContain('资料清单海报');
      const size = pngSize(readFileSync(join(DIST, src)));
      expect(size).toEqual({ width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')) });
      expect(size!.width).toBe(750);
      const download = img.closest('figure')?.querySelector('a[download]');
      expect(download?.getAttribute('href')).toBe(src);
      expect(download?.getAttribute('download')).toMatch(/\.png$/);
    }
  });

  it.each(types)('%s: each poster’s QR code opens the page’s canonical URL, and its pixels are not blank', (id) => {
    const root = dom.get(`/requirements/${id}/`)!;
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${ORIGIN}/requirements/${id}/`);
    for (const img of root.querySelectorAll('details.poster img')) {
      const png = readFileSync(join(DIST, img.getAttribute('src')!));
      expect(decodeQrPng(png)).toBe(canonical);
      expect(inkedShare(png)).toBeGreaterThan(0.02);
    }
  });

  it.each(types)('%s: the posters list exactly the documents of the page, in its order', (id) => {
    const root = dom.get(`/requirements/${id}/`)!;
    const onPage = root.querySelectorAll('.documents > li h3').map((h) => h.textContent.replace(/\s+/g, ''));
    expect(onPage.length).toBeGreaterThan(0);
    const drawn = root
      .querySelectorAll('details.poster img')
      .flatMap((img) => (readText(readFileSync(join(DIST, img.getAttribute('src')!)), 'Description') ?? '').split('\n'))
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').replace(/\s+/g, ''));
    expect(drawn).toEqual(onPage);
  });
});
