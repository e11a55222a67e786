import { describe, expect, it } from 'vitest';
import { neighbours, readingOrder } from './related';
import { buildSiteIndex } from './site-index';
import { faqEntry, glossaryEntry, refs, siteOf } from './test-entries';
import type { FaqCategory } from '../../schemas/faq';

const faq = (id: string, category: FaqCategory, related: string[] = []) => faqEntry(id, { category, related: refs(...related) });
const hrefs = (links: { href: string }[]) => links.map((l) => l.href.replace(/^\/|\/$/g, ''));

describe('related entries', () => {
  it('lists the written related entries first, then same-category peers', () => {
    const site = siteOf([faq('a', 'settlement', ['glossary/t', 'faq/d']), faq('b', 'settlement'), faq('c', 'settlement'), faq('d', 'fees'), faq('e', 'fees'), glossaryEntry('t')]);
    expect(hrefs(buildSiteIndex(site).related(site.faq[0]!))).toEqual(['glossary/t', 'faq/d', 'faq/b', 'faq/c']);
  });

  it('stops filling at the count but keeps every written entry', () => {
    const site = siteOf([faq('a', 'fees', ['faq/d', 'faq/e']), faq('b', 'fees'), faq('c', 'fees'), faq('d', 'fees'), faq('e', 'fees')]);
    expect(hrefs(buildSiteIndex(site, 3).related(site.faq[0]!))).toEqual(['faq/d', 'faq/e', 'faq/b']);
    expect(hrefs(buildSiteIndex(site, 1).related(site.faq[0]!))).toEqual(['faq/d', 'faq/e']);
  });

  it('never lists the entry itself or an entry twice, and skips unknown refs', () => {
    const site = siteOf([faq('a', 'fees', ['faq/b', 'faq/b', 'faq/a', 'faq/zz']), faq('b', 'fees')]);
    expect(hrefs(buildSiteIndex(site).related(site.faq[0]!))).toEqual(['faq/b']);
  });

  it('uses the whole section as the category when the section has none', () => {
    const site = siteOf([glossaryEntry('x'), glossaryEntry('y')]);
    expect(hrefs(buildSiteIndex(site).related(site.glossary[0]!))).toEqual(['glossary/y']);
  });

  it('is empty for an entry with no related entries and no peers', () => {
    const site = siteOf([faq('alone', 'security'), faq('other', 'fees')]);
    expect(buildSiteIndex(site).related(site.faq[0]!)).toEqual([]);
  });
});

describe('readingOrder and neighbours', () => {
  it('orders a section by category, then as sorted', () => {
    const entries = [faq('s', 'settlement'), faq('f1', 'fees'), faq('f2', 'fees'), faq('a', 'applying')];
    expect(readingOrder('faq', entries).map((e) => e.id)).toEqual(['s', 'a', 'f1', 'f2']);
  });

  it('gives the previous and next items, none at the ends', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a'], 0)).toEqual({ previous: undefined, next: undefined });
    expect(neighbours(['a'], -1)).toEqual({ previous: undefined, next: undefined });
  });
});
