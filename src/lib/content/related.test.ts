import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../schemas/sections';
import type { ContentEntry, SiteContent } from './checks/types';
import { neighbours, readingOrder, relatedEntries } from './related';

function site(entries: ContentEntry[]): SiteContent {
  const content = Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as SiteContent;
  for (const e of entries) content[e.collection].push(e);
  return content;
}

function faq(id: string, category: string, related: string[] = [], order?: number): ContentEntry {
  return {
    collection: 'faq',
    id,
    data: {
      title: `问题 ${id}`,
      category,
      order,
      related: related.map((r) => ({ collection: r.split('/')[0], id: r.split('/')[1] })),
    },
  };
}

const term = (id: string): ContentEntry => ({ collection: 'glossary', id, data: { title: `术语 ${id}`, related: [] } });
const ids = (entries: ContentEntry[]) => entries.map((e) => `${e.collection}/${e.id}`);

describe('relatedEntries', () => {
  it('lists the written related entries first, then same-category peers', () => {
    const content = site([
      faq('a', 'settlement', ['glossary/t', 'faq/d']),
      faq('b', 'settlement'),
      faq('c', 'settlement'),
      faq('d', 'fees'),
      faq('e', 'fees'),
      term('t'),
    ]);
    expect(ids(relatedEntries(content, content.faq[0]))).toEqual(['glossary/t', 'faq/d', 'faq/b', 'faq/c']);
  });

  it('stops filling at the count but keeps every written entry', () => {
    const content = site([faq('a', 'fees', ['faq/d', 'faq/e']), faq('b', 'fees'), faq('c', 'fees'), faq('d', 'fees'), faq('e', 'fees')]);
    expect(ids(relatedEntries(content, content.faq[0], 3))).toEqual(['faq/d', 'faq/e', 'faq/b']);
    expect(ids(relatedEntries(content, content.faq[0], 1))).toEqual(['faq/d', 'faq/e']);
  });

  it('never lists the entry itself or an entry twice, and skips unknown refs', () => {
    const content = site([faq('a', 'fees', ['faq/b', 'faq/b', 'faq/a', 'faq/zz']), faq('b', 'fees')]);
    expect(ids(relatedEntries(content, content.faq[0]))).toEqual(['faq/b']);
  });

  it('uses the whole section as the category when the section has none', () => {
    const content = site([term('x'), term('y')]);
    expect(ids(relatedEntries(content, content.glossary[0]))).toEqual(['glossary/y']);
  });

  it('is empty for an entry with no related entries and no peers', () => {
    const content = site([faq('alone', 'security'), faq('other', 'fees')]);
    expect(relatedEntries(content, content.faq[0])).toEqual([]);
  });
});

describe('readingOrder and neighbours', () => {
  it('orders a section by category, then order and title', () => {
    const entries = [faq('f2', 'fees', [], 2), faq('s', 'settlement'), faq('f1', 'fees', [], 1)];
    expect(readingOrder('faq', entries).map((e) => e.id)).toEqual(['s', 'f1', 'f2']);
  });

  it('gives the previous and next items, none at the ends', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a'], 0)).toEqual({ previous: undefined, next: undefined });
    expect(neighbours(['a'], -1)).toEqual({});
  });
});
