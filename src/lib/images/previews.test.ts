import { describe, expect, it } from 'vitest';
import { DEFAULT_PREVIEW_IMAGE, defaultPreview, pagePreviews, previewImagePath, type PreviewSources } from './previews';

const sources: PreviewSources = {
  siteName: 'POS 结算帮助站',
  tagline: '拉卡拉 POS 机无法结算？先在这里查原因、找办法。',
  note: '独立的商户帮助指南，不是拉卡拉官方网站',
  indexes: [
    { page: '/faq/', label: '常见问题', blurb: '一句话先给答案。' },
    { page: '/channels/', label: '申请渠道', blurb: '怎么申请、各要多久。' },
    { page: '/troubleshoot/', label: '结算故障排查', blurb: '回答几个问题。' },
  ],
  pages: [
    { page: '/channels/official-website/', section: '申请渠道', title: '通过官网申请', description: '在线申请。' },
    { page: '/fees/calculator/', section: '费率政策', title: '手续费计算器', description: '算出手续费。' },
  ],
};

describe('previewImagePath', () => {
  it.each([
    ['/faq/', '/og/faq.png'],
    ['/requirements/geti/', '/og/requirements/geti.png'],
    ['/fees/calculator/', '/og/fees/calculator.png'],
  ])('%s → %s', (page, image) => {
    expect(previewImagePath(page)).toBe(image);
  });

  it('has no image for the home page, which keeps the site-wide one', () => {
    expect(() => previewImagePath('/')).toThrow();
  });
});

describe('pagePreviews', () => {
  it('gives each index and each listed page its own image, titled from the same data as the page', () => {
    const previews = pagePreviews(sources);
    expect(previews.map((p) => [p.page, p.image])).toEqual([
      ['/faq/', '/og/faq.png'],
      ['/channels/', '/og/channels.png'],
      ['/troubleshoot/', '/og/troubleshoot.png'],
      ['/channels/official-website/', '/og/channels/official-website.png'],
      ['/fees/calculator/', '/og/fees/calculator.png'],
    ]);
    expect(previews[0]!.card).toMatchObject({ title: '常见问题', subtitle: '一句话先给答案。' });
    expect(previews[3]!.card).toMatchObject({ section: '申请渠道', title: '通过官网申请', subtitle: '在线申请。' });
    expect(previews[3]!.alt).toBe('申请渠道：通过官网申请');
  });

  it('refuses a page listed twice', () => {
    expect(() => pagePreviews({ ...sources, pages: [...sources.pages, { ...sources.pages[0]!, title: '又一张' }] })).toThrow(
      '/channels/official-website/',
    );
  });

  it('draws the site-wide image from the site name and tagline', () => {
    expect(defaultPreview(sources)).toEqual({
      image: DEFAULT_PREVIEW_IMAGE,
      alt: 'POS 结算帮助站：拉卡拉 POS 机无法结算？先在这里查原因、找办法。',
      card: { title: sources.tagline, siteName: sources.siteName, note: sources.note },
    });
  });
});
