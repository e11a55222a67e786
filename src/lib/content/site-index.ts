import type { EntryRef } from '../../schemas/common';
import { SECTIONS } from '../../schemas/sections';
import { linkTo, type EntryLink } from './entries';
import { groupKey } from './grouping';
import { byOrderThenTitle } from './order';
import { neighbours, readingOrder, relatedEntries, RELATED_COUNT } from './related';
import { keyOf, type AnyEntry, type SiteContent } from './types';

/**
 * The site's content arranged once per build for what pages look up: each section sorted and in
 * reading order, every entry by key, its position, its group's peers. Pages read from it in
 * time proportional to what they show, so a page costs the same at 200 entries or 5,000.
 */
export interface SiteIndex {
  /** Each section's entries sorted by order, then title (codes by code). */
  readonly sorted: SiteContent;
  /** Each section's entries in the order of its index page: by group, then sorted. */
  readonly ordered: SiteContent;
  find(ref: EntryRef): AnyEntry | undefined;
  /** The link to an entry, made once. */
  link: (entry: AnyEntry) => EntryLink;
  related(entry: AnyEntry): EntryLink[];
  previousAndNext(entry: AnyEntry): { previous: EntryLink | undefined; next: EntryLink | undefined };
  /** Whether the entry is part of the site (the index was built from it). */
  has(entry: AnyEntry): boolean;
}

const sort = <T extends AnyEntry>(entries: readonly T[]): T[] => [...entries].sort(byOrderThenTitle);

function sortedSections(content: SiteContent): SiteContent {
  return {
    causes: sort(content.causes),
    faq: sort(content.faq),
    codes: sort(content.codes),
    channels: sort(content.channels),
    requirements: sort(content.requirements),
    fees: sort(content.fees),
    brands: sort(content.brands),
    prevention: sort(content.prevention),
    glossary: sort(content.glossary),
    guides: sort(content.guides),
  };
}

export function buildSiteIndex(content: SiteContent, relatedCount = RELATED_COUNT): SiteIndex {
  const sorted = sortedSections(content);
  const ordered: SiteContent = {
    causes: readingOrder('causes', sorted.causes),
    faq: readingOrder('faq', sorted.faq),
    codes: sorted.codes,
    channels: sorted.channels,
    requirements: sorted.requirements,
    fees: readingOrder('fees', sorted.fees),
    brands: readingOrder('brands', sorted.brands),
    prevention: readingOrder('prevention', sorted.prevention),
    glossary: sorted.glossary,
    guides: sorted.guides,
  };
  const byKey = new Map<string, AnyEntry>();
  const position = new Map<string, number>();
  const peers = new Map<string, AnyEntry[]>();
  for (const section of SECTIONS) {
    ordered[section].forEach((entry: AnyEntry, i) => {
      byKey.set(keyOf(entry), entry);
      position.set(keyOf(entry), i);
      const group = `${section}|${groupKey(entry) ?? ''}`;
      const list = peers.get(group);
      if (list) list.push(entry);
      else peers.set(group, [entry]);
    });
  }
  const links = new Map<string, EntryLink>();
  const link = (entry: AnyEntry): EntryLink => {
    const key = keyOf(entry);
    let made = links.get(key);
    if (!made) {
      made = linkTo(entry);
      links.set(key, made);
    }
    return made;
  };
  const find = (ref: EntryRef) => byKey.get(keyOf(ref));
  return {
    sorted,
    ordered,
    find,
    link,
    has: (entry) => byKey.get(keyOf(entry)) !== undefined,
    related: (entry) => relatedEntries(entry, find, peers.get(`${entry.collection}|${groupKey(entry) ?? ''}`) ?? [], relatedCount).map(link),
    previousAndNext: (entry) => {
      const list: readonly AnyEntry[] = ordered[entry.collection];
      const { previous, next } = neighbours(list, position.get(keyOf(entry)) ?? -1);
      return { previous: previous && link(previous), next: next && link(next) };
    },
  };
}
