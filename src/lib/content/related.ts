import type { EntryRef } from '../../schemas/common';
import { groupEntries, groupKey } from './grouping';
import { keyOf, type AnyEntry } from './types';

/** How many related entries an entry page shows when its own list is shorter. */
export const RELATED_COUNT = 5;

/**
 * What to read next: the entries the author listed in `related`, in the order written, then
 * `peers` (the entries of the same category, in reading order) until there are `count`. Never the
 * entry itself, never one twice; unknown refs are skipped (the content checks report them).
 * Costs the length of the lists it reads, never the size of the site.
 */
export function relatedEntries(
  entry: AnyEntry,
  find: (ref: EntryRef) => AnyEntry | undefined,
  peers: readonly AnyEntry[],
  count = RELATED_COUNT,
): AnyEntry[] {
  const chosen = new Map<string, AnyEntry>();
  const self = keyOf(entry);
  const add = (candidate: AnyEntry | undefined) => {
    if (candidate && keyOf(candidate) !== self && !chosen.has(keyOf(candidate))) chosen.set(keyOf(candidate), candidate);
  };
  for (const ref of entry.data.related) add(find(ref));
  for (const peer of peers) {
    if (chosen.size >= count) break;
    add(peer);
  }
  return [...chosen.values()];
}

/** A section's entries (already sorted by order and title) in the order of its index page: by group, then as given. */
export function readingOrder<T extends AnyEntry>(section: T['collection'], sorted: T[]): T[] {
  return groupEntries(section, sorted, groupKey).flatMap((g) => g.items);
}

/** The entries before and after `index` in a list, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: items[index - 1], next: items[index + 1] };
}
