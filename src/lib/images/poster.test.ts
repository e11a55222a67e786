import { describe, expect, it } from 'vitest';
import { decodeQrPng, inkedShare } from '../../../tests/support/qr';
import type { ChecklistDocument } from '../apply/checklist';
import { drawPosters } from './draw';
import { loadFonts } from './fonts';
import { readText } from './png-text';
import {
  documentRow,
  paginate,
  posterAlt,
  posterDescription,
  POSTER_CONTENT_WIDTH,
  POSTER_WIDTH,
  posterElement,
  type PosterContent,
} from './poster';
import { layoutSvg } from './render';
import { DRAWING_TIMEOUT_MS, PROJECT_ROOT } from './test-support';

const fonts = loadFonts(PROJECT_ROOT);

function documents(n: number): ChecklistDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${i + 1}`,
    name: `资料${i + 1}`,
    acceptable: `第 ${i + 1} 项的合格标准：拍原件，四角完整、文字清晰，在有效期内，姓名与营业执照一致。`,
    required: i % 4 !== 3,
    when: i % 4 === 3 ? '结算人不是经营者时' : undefined,
  }));
}

function content(n: number): PosterContent {
  return {
    siteName: 'POS 结算帮助站',
    note: '独立的商户帮助指南，不是拉卡拉官方网站',
    merchantType: '个体工商户',
    title: '个体工商户办理 POS 机要准备的资料',
    documents: documents(n),
    updated: '2026年11月25日',
    url: 'https://pos-help.example.org/requirements/geti/',
  };
}

/** The numbered document lines of a poster's embedded description. */
const documentLines = (png: Uint8Array) => (readText(png, 'Description') ?? '').split('\n').filter((l) => /^\d+\. /.test(l));

describe('paginate', () => {
  it('keeps everything on one poster when it fits', () => {
    expect(paginate([100, 100, 100], 500, 1000)).toEqual([[0, 1, 2]]);
  });

  it('continues on further posters, sharing the documents out evenly', () => {
    // Greedy filling would give [0..4], [5]; the even split fits as well and reads better.
    expect(paginate([100, 100, 100, 100, 100, 100], 500, 1000)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('falls back to filling posters in order when an even split does not fit', () => {
    expect(paginate([100, 100, 100, 100, 450], 500, 1000)).toEqual([[0, 1, 2, 3], [4]]);
  });

  it('never cuts a document: one too tall for any poster gets its own', () => {
    expect(paginate([100, 2000, 100], 500, 1000)).toEqual([[0], [1], [2]]);
  });
});

describe('posterDescription and posterAlt', () => {
  it('lists the poster’s documents with their numbers across the set, the URL and the final say', () => {
    const text = posterDescription(content(8), { number: 2, count: 2, documents: [4, 5, 6, 7] });
    expect(text.split('\n').filter((l) => /^\d+\. /.test(l))).toEqual([
      '5. 资料5',
      '6. 资料6',
      '7. 资料7',
      '8. 资料8（结算人不是经营者时）',
    ]);
    expect(text).toContain('https://pos-help.example.org/requirements/geti/');
    expect(text).toContain('以拉卡拉审核时的要求为准');
  });

  it('numbers posters in the alt text only when there are several', () => {
    expect(posterAlt({ merchantType: '企业' }, { number: 1, count: 1 })).toBe('企业资料清单海报：内容与本页清单相同，附本页二维码');
    expect(posterAlt({ merchantType: '企业' }, { number: 2, count: 3 })).toContain('（第 2 张，共 3 张）');
  });
});

describe('a poster’s height', { timeout: DRAWING_TIMEOUT_MS }, () => {
  it('is its header and footer plus each document row, as the split assumes', async () => {
    const c = content(3);
    const base = await layoutSvg(posterElement(c, { number: 1, count: 2, documents: [] }), { width: POSTER_WIDTH }, fonts);
    const rows = await Promise.all(
      c.documents.map(async (d, i) => (await layoutSvg(documentRow(d, i), { width: POSTER_CONTENT_WIDTH }, fonts)).height),
    );
    const whole = await layoutSvg(posterElement(c, { number: 1, count: 2, documents: [0, 1, 2] }), { width: POSTER_WIDTH }, fonts);
    expect(Math.abs(whole.height - (base.height + rows.reduce((a, b) => a + b, 0)))).toBeLessThan(1);
  });
});

describe('drawPosters', { timeout: DRAWING_TIMEOUT_MS }, () => {
  it('draws a short checklist as one poster, 750 px wide, with every document, a readable QR code and ink', async () => {
    const [poster, ...rest] = await drawPosters(content(3), fonts, PROJECT_ROOT);
    expect(rest).toEqual([]);
    expect(poster!.width).toBe(POSTER_WIDTH);
    expect(documentLines(poster!.png)).toEqual(['1. 资料1', '2. 资料2', '3. 资料3']);
    expect(decodeQrPng(poster!.png)).toBe('https://pos-help.example.org/requirements/geti/');
    expect(inkedShare(poster!.png)).toBeGreaterThan(0.02);
  });

  it('continues a checklist too long for one poster on the next, cutting no document', async () => {
    const maxHeight = 1600;
    const posters = await drawPosters(content(12), fonts, PROJECT_ROOT, maxHeight);
    expect(posters.length).toBeGreaterThan(1);
    for (const poster of posters) {
      expect(poster.height).toBeLessThanOrEqual(maxHeight);
      expect(decodeQrPng(poster.png)).toBe('https://pos-help.example.org/requirements/geti/');
    }
    const lines = posters.flatMap((p) => documentLines(p.png));
    expect(lines).toEqual(content(12).documents.map((d, i) => `${i + 1}. ${d.name}${d.required ? '' : `（${d.when}）`}`));
    const text = posters.map((p) => readText(p.png, 'Description')).join('\n');
    for (const d of content(12).documents) expect(text).toContain(`合格标准：${d.acceptable}`);
  });

  it('draws the same bytes every time', async () => {
    const [a] = await drawPosters(content(2), fonts, PROJECT_ROOT);
    const [b] = await drawPosters(content(2), fonts, PROJECT_ROOT);
    expect(Buffer.from(a!.png).equals(Buffer.from(b!.png))).toBe(true);
  });
});
