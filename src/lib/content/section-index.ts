import type { Section } from '../../schemas/sections';
import type { EntryLink } from './entries';
import { groupEntries, groupKey, type Group } from './grouping';
import type { AnyEntry } from './types';
import { sectionUrl, withBase } from './urls';

/** A section index page lists at most this many entries; more go on `/<section>/page/2/` and on. */
export const ENTRIES_PER_PAGE = 100;

/** `/faq/` for the first page, `/faq/page/2/` after it: stable addresses a rep can send. */
export function sectionPageUrl(section: Section, page: number, base?: string): string {
  return page <= 1 ? sectionUrl(section, base) : withBase(`/${section}/page/${page}/`, base);
}

export interface PageLink {
  number: number;
  href: string;
}

/** Where a group of the whole section can be found: its size and the pages it is on. */
export interface GroupOverview {
  id: string;
  label: string;
  count: number;
  pages: PageLink[];
}

export interface SectionIndexPage {
  section: Section;
  number: number;
  href: string;
  /** Every page of the section, for the page list. */
  pages: PageLink[];
  previous: PageLink | undefined;
  next: PageLink | undefined;
  /** The groups of entries on this page; a group may continue from the page before. */
  groups: Group<EntryLink>[];
  /** Every group of the section with the pages it spans: the first page links to all of them. */
  overview: GroupOverview[];
  /** Entries in the whole section. */
  total: number;
}

/**
 * A section's index split into pages of at most `perPage` entries, in reading order. Grouped
 * sections keep their groups: each page shows the groups it holds, and the overview says on which
 * pages each group is, so every entry is two clicks from the first page.
 */
export function sectionIndexPages(
  section: Section,
  ordered: readonly AnyEntry[],
  link: (entry: AnyEntry) => EntryLink,
  perPage = ENTRIES_PER_PAGE,
): SectionIndexPage[] {
  const chunks: AnyEntry[][] = [];
  for (let i = 0; i < ordered.length; i += perPage) chunks.push(ordered.slice(i, i + perPage));
  if (chunks.length === 0) chunks.push([]);
  const pages: PageLink[] = chunks.map((_, i) => ({ number: i + 1, href: sectionPageUrl(section, i + 1) }));
  const pageGroups = chunks.map((chunk) => groupEntries(section, chunk, groupKey));
  const overview = new Map<string, GroupOverview>();
  pageGroups.forEach((groups, i) => {
    for (const g of groups) {
      const seen = overview.get(g.id) ?? { id: g.id, label: g.label, count: 0, pages: [] };
      seen.count += g.items.length;
      seen.pages.push(pages[i] ?? { number: i + 1, href: sectionPageUrl(section, i + 1) });
      overview.set(g.id, seen);
    }
  });
  return chunks.map((_, i) => ({
    section,
    number: i + 1,
    href: sectionPageUrl(section, i + 1),
    pages,
    previous: pages[i - 1],
    next: pages[i + 1],
    groups: (pageGroups[i] ?? []).map((g) => ({ ...g, items: g.items.map(link) })),
    overview: [...overview.values()],
    total: ordered.length,
  }));
}
