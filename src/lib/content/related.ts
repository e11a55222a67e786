import type { EntryRef } from '../../schemas/common';
import type { ContentEntry, SiteContent } from './checks/types';
import { groupEntries, groupLabel } from './grouping';
import { byOrderThenTitle } from './order';

/** How many related entries an entry page shows when its own list is shorter. */
export const RELATED_COUNT = 5;

const same = (a: { collection: string; id: string }, b: { collection: string; id: string }) =>
  a.collection === b.collection && a.id === b.id;

/**
 * What to read next: the entries the author listed in `related`, in the order written, then
 * entries of the same category in the same section (the whole section when it has no categories)
 * until there are `count`. Never the entry itself, never one twice; may be empty.
 */
export function relatedEntries(content: SiteContent, entry: ContentEntry, count = RELATED_COUNT): ContentEntry[] {
  const chosen: ContentEntry[] = [];
  const add = (candidate: ContentEntry | undefined) => {
    if (candidate && !same(candidate, entry) && !chosen.some((c) => same(c, candidate))) chosen.push(candidate);
  };
  for (const ref of (entry.data.related as EntryRef[] | undefined) ?? []) {
    add(content[ref.collection]?.find((e) => e.id === ref.id));
  }
  const category = groupLabel(entry.collection, entry.data);
  const peers = (content[entry.collection] ?? [])
    .filter((e) => groupLabel(e.collection, e.data) === category)
    .sort(byOrderThenTitle);
  for (const peer of peers) {
    if (chosen.length >= count) break;
    add(peer);
  }
  return chosen;
}

/** A section's entries in the order of its index page: by category, then by order and title. */
export function readingOrder<T extends { data: Record<string, unknown> }>(section: ContentEntry['collection'], entries: T[]): T[] {
  return groupEntries(section, [...entries].sort(byOrderThenTitle)).flatMap((g) => g.items);
}

/** The entries before and after `index` in a list, for previous/next links. */
export function neighbours<T>(items: T[], index: number): { previous?: T; next?: T } {
  if (index < 0) return {};
  return { previous: items[index - 1], next: items[index + 1] };
}
