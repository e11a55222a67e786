import { describe, expect, it } from 'vitest';
import { entryPageOf, MissingRouteDataError } from './entry-page';
import { buildSiteIndex } from './site-index';
import { codeEntry, faqEntry, glossaryEntry, refs, siteOf } from './test-entries';

const site = siteOf([
  faqEntry('a', { title: '钱为什么没到账？', answer: '先看结算方式和到账时间。', related: refs('glossary/t'), reviewBy: new Date('2026-01-01T00:00:00Z') }),
  faqEntry('b'),
  glossaryEntry('t'),
  codeEntry('A0', { meaning: '校验错', action: '重新签到后再试' }),
]);
const index = buildSiteIndex(site);
const options = { site: 'https://help.example.org', now: new Date('2026-06-01T00:00:00Z') };

describe('entryPageOf', () => {
  it('gives an FAQ entry its answer, trail, related entries, neighbours and FAQ data', () => {
    const page = entryPageOf(index, site.faq[0]!, options);
    expect(page).toMatchObject({
      title: '钱为什么没到账？',
      summary: { label: '简要回答', text: '先看结算方式和到账时间。', printed: true },
      breadcrumbs: [{ label: '常见问题', href: '/faq/' }, { label: '钱为什么没到账？', href: '' }],
      stale: true,
      file: 'content/faq/a.mdx',
    });
    expect(page.related.map((l) => l.href)).toEqual(['/glossary/t/', '/faq/b/']);
    expect(page.previous).toBeUndefined();
    expect(page.next?.href).toBe('/faq/b/');
    expect(page.structuredData.map((d) => ('@type' in d ? d['@type'] : ''))).toEqual(['BreadcrumbList', 'FAQPage']);
  });

  it('gives a response code its action first and its code as the last crumb', () => {
    const page = entryPageOf(index, site.codes[0]!, options);
    expect(page).toMatchObject({ title: '应答码 A0：校验错', summary: { label: '怎么办', text: '重新签到后再试' }, stale: false });
    expect(page.breadcrumbs.at(-1)).toEqual({ label: 'A0', href: '' });
    expect(page.description).toContain('POS 终端显示 A0');
  });

  it('builds a table of contents from three or more sections', () => {
    const headings = ['一', '二', '三'].map((text, i) => ({ depth: 2, slug: `s${i}`, text }));
    expect(entryPageOf(index, site.faq[1]!, { ...options, headings }).toc).toHaveLength(3);
  });

  it('refuses an entry the index does not know, naming its file', () => {
    expect(() => entryPageOf(index, faqEntry('stray'), options)).toThrow(MissingRouteDataError);
    expect(() => entryPageOf(index, faqEntry('stray'), options)).toThrow('content/faq/stray.mdx');
  });
});
