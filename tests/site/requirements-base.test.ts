import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/dist';
import { findBrokenLinks } from '../support/links';
import { decodeQrPng, decodeQrSvg } from '../support/qr';
import { kbBuild, KB_SITE as SITE, type SharedBuild } from '../support/shared-builds';

let result: SharedBuild;

beforeAll(async () => {
  result = await kbBuild();
});

describe('merchant-type pages under another site URL and base path', () => {
  it('builds', () => {
    expect(result.status, result.output.slice(-4000)).toBe(0);
  });

  it.each(['geti', 'qiye', 'xiaowei'])('%s: the QR code, printed URL and checklist text follow SITE_URL and BASE_PATH', (id) => {
    const url = `${SITE}/kb/requirements/${id}/`;
    const root = parse(readPage(`/requirements/${id}/`, result.outDir));
    expect(decodeQrSvg(root.querySelector('.qr svg')?.toString() ?? '')).toBe(url);
    expect(root.querySelector('.page-url')?.text).toContain(url);
    expect(root.querySelector('[data-copy-value]')?.getAttribute('data-copy-value')).toContain(url);
  });

  it.each(['geti', 'qiye', 'xiaowei'])(
    '%s: the posters are under the base path and their QR codes open the page under SITE_URL and BASE_PATH',
    (id) => {
      const root = parse(readPage(`/requirements/${id}/`, result.outDir));
      const images = root.querySelectorAll('details.poster img');
      expect(images.length).toBeGreaterThan(0);
      for (const img of images) {
        const src = img.getAttribute('src')!;
        expect(src.startsWith(`/kb/requirements/${id}/poster-`), src).toBe(true);
        expect(decodeQrPng(readFileSync(join(result.outDir, src.slice('/kb/'.length))))).toBe(`${SITE}/kb/requirements/${id}/`);
      }
    },
  );

  it('links the channels and requirements pages within the base path', () => {
    const broken = findBrokenLinks(result.outDir, '/kb/', SITE).filter((b) => /channels|requirements/.test(b.page + b.href));
    expect(broken).toEqual([]);
  });
});
