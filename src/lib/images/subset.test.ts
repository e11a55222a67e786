import { describe, expect, it } from 'vitest';
import { h } from './element';
import { loadFonts } from './fonts';
import { PREVIEW_SIZE, previewElement, type PreviewCard } from './preview';
import { layoutSvg, rasterise } from './render';
import { missingCharacters, subsetFonts, textOfNode } from './subset';
import { DRAWING_TIMEOUT_MS, PROJECT_ROOT } from './test-support';

const fonts = loadFonts(PROJECT_ROOT);

describe('font subsets for drawing', { timeout: DRAWING_TIMEOUT_MS }, () => {
  it('collects every text an element tree shows', () => {
    const node = h('div', {}, '个体', h('div', {}, '工商户', h('span', {}, 'POS')), '资料');
    expect(textOfNode(node)).toBe('个体工商户POS资料');
  });

  it('keeps only the characters asked for, a small part of each face', () => {
    const subset = subsetFonts(fonts, '结算到账 T+1', PROJECT_ROOT);
    expect(subset.map((f) => f.weight)).toEqual([400, 700]);
    for (const [i, font] of subset.entries()) {
      expect(font.data.byteLength).toBeGreaterThan(1000);
      expect(font.data.byteLength).toBeLessThan(fonts[i]!.data.byteLength / 100);
    }
    expect(missingCharacters('结算到账', subset)).toEqual([]);
    expect(missingCharacters('结算手续费', subset)).toEqual(['手', '续', '费']);
  });

  it('draws the same pixels as the whole fonts, a clamped title’s ellipsis included', async () => {
    const card: PreviewCard = {
      section: '办理资料',
      title: '个体工商户办理 POS 机要准备的资料'.repeat(6),
      subtitle: '营业执照、经营者身份证、结算银行卡和三张店铺照片。',
      siteName: 'POS 结算帮助站',
      note: '独立的商户帮助指南，不是拉卡拉官方网站',
    };
    const element = previewElement(card);
    const whole = await layoutSvg(element, PREVIEW_SIZE, fonts);
    const cut = await layoutSvg(element, PREVIEW_SIZE, subsetFonts(fonts, textOfNode(element), PROJECT_ROOT));
    expect(cut.svg).toBe(whole.svg);
    expect(Buffer.from(rasterise(cut.svg).png).equals(Buffer.from(rasterise(whole.svg).png))).toBe(true);
  });

  it('refuses to lay out text the subset lacks, instead of drawing blanks', async () => {
    const subset = subsetFonts(fonts, '结算', PROJECT_ROOT);
    await expect(layoutSvg(h('div', { display: 'flex' }, '结算手续费'), { width: 400, height: 100 }, subset)).rejects.toThrow(/手续费/);
  });
});
