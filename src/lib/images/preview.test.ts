import { describe, expect, it } from 'vitest';
import { inkedShare } from '../../../tests/support/qr';
import { drawPreview } from './draw';
import { loadFonts } from './fonts';
import { PREVIEW_SIZE, previewElement, TITLE_FONT_SIZE, TITLE_LINE_HEIGHT, TITLE_LINES, type PreviewCard } from './preview';
import { layoutSvg, type LayoutBox } from './render';
import { DRAWING_TIMEOUT_MS, PROJECT_ROOT } from './test-support';

const fonts = loadFonts(PROJECT_ROOT);
const card = (title: string, subtitle?: string): PreviewCard => ({
  section: '办理资料',
  title,
  subtitle,
  siteName: 'POS 结算帮助站',
  note: '独立的商户帮助指南，不是拉卡拉官方网站',
});

async function textBoxes(c: PreviewCard): Promise<LayoutBox[]> {
  const boxes: LayoutBox[] = [];
  await layoutSvg(previewElement(c), PREVIEW_SIZE, fonts, (box) => {
    if (box.text) boxes.push(box);
  });
  return boxes;
}

describe('link previews', { timeout: DRAWING_TIMEOUT_MS }, () => {
  it('are 1200×630 PNGs with ink on them', async () => {
    const image = await drawPreview(card('个体工商户办理 POS 机要准备的资料', '营业执照、经营者身份证、结算银行卡和三张店铺照片。'), fonts);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(inkedShare(image.png)).toBeGreaterThan(0.01);
  });

  it('wrap a long title and cut it short after two lines, keeping every text inside the image', async () => {
    const long = card('个体工商户办理 POS 机要准备的资料'.repeat(6), '结算银行卡和三张店铺照片，每项写明合格标准。'.repeat(8));
    const line = TITLE_FONT_SIZE * TITLE_LINE_HEIGHT;
    const [title] = (await textBoxes(long)).filter((b) => b.text === long.title);
    expect(title!.height).toBeGreaterThan(line * 1.5);
    expect(title!.height).toBeLessThanOrEqual(line * TITLE_LINES + 1);
    for (const box of await textBoxes(long)) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(0);
      expect(box.top, box.text).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width, box.text).toBeLessThanOrEqual(PREVIEW_SIZE.width);
      expect(box.top + box.height, box.text).toBeLessThanOrEqual(PREVIEW_SIZE.height);
    }
  });

  it('leave the section out when it would repeat the title', async () => {
    const texts = (await textBoxes({ ...card('办理资料'), section: '办理资料' })).map((b) => b.text);
    expect(texts.filter((t) => t === '办理资料')).toHaveLength(1);
  });
});
