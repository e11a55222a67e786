import { describe, expect, it } from 'vitest';
import { sectionIndexPages, sectionPageUrl } from './section-index';
import { buildSiteIndex } from './site-index';
import { faqEntry, glossaryEntry, siteOf } from './test-entries';
import type { FaqCategory } from '../../schemas/faq';

const faqs = (n: number, category: FaqCategory) => Array.from({ length: n }, (_, i) => faqEntry(`${category}-${String(i).padStart(3, '0')}`, { category }));

describe('section index pages', () => {
  it('keeps a small section on one page at the section’s address', () => {
    const site = siteOf([glossaryEntry('a'), glossaryEntry('b')]);
    const index = buildSiteIndex(site);
    const pages = sectionIndexPages('glossary', index.ordered.glossary, index.link);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ href: '/glossary/', previous: undefined, next: undefined, total: 2 });
  });

  it('splits a large section into pages of at most the page size, with stable addresses and neighbours', () => {
    const site = siteOf([...faqs(150, 'settlement'), ...faqs(60, 'fees')]);
    const index = buildSiteIndex(site);
    const pages = sectionIndexPages('faq', index.ordered.faq, index.link, 100);
    expect(pages.map((p) => [p.href, p.groups.reduce((n, g) => n + g.items.length, 0)])).toEqual([
      ['/faq/', 100],
      ['/faq/page/2/', 100],
      ['/faq/page/3/', 10],
    ]);
    expect(pages[1]).toMatchObject({ previous: { number: 1, href: '/faq/' }, next: { number: 3, href: '/faq/page/3/' } });
  });

  it('says on which pages each group is, so every entry is two clicks from the first page', () => {
    const site = siteOf([...faqs(150, 'settlement'), ...faqs(60, 'fees')]);
    const index = buildSiteIndex(site);
    const [first, second] = sectionIndexPages('faq', index.ordered.faq, index.link, 100);
    expect(first?.overview).toEqual([
      { id: 'group-settlement', label: '结算与到账', count: 150, pages: [{ number: 1, href: '/faq/' }, { number: 2, href: '/faq/page/2/' }] },
      { id: 'group-fees', label: '手续费与费率', count: 60, pages: [{ number: 2, href: '/faq/page/2/' }, { number: 3, href: '/faq/page/3/' }] },
    ]);
    expect(second?.groups.map((g) => [g.id, g.items.length])).toEqual([
      ['group-settlement', 50],
      ['group-fees', 50],
    ]);
    const reachable = new Set(first?.overview.flatMap((g) => g.pages.map((p) => p.href)));
    expect(reachable).toEqual(new Set(first?.pages.map((p) => p.href)));
  });

  it('writes page addresses under the base path', () => {
    expect(sectionPageUrl('faq', 1, '/kb/')).toBe('/kb/faq/');
    expect(sectionPageUrl('faq', 4, '/kb/')).toBe('/kb/faq/page/4/');
  });
});
