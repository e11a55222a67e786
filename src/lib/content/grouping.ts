import { FAQ_CATEGORIES } from '../../schemas/faq';
import { CHECK_AREAS } from '../../schemas/causes';
import { FEE_TOPICS } from '../../schemas/fees';
import { BRAND_KINDS } from '../../schemas/brands';
import { PREVENTION_AREAS } from '../../schemas/prevention';
import type { Section } from '../../schemas/sections';
import type { AnyEntry } from './types';

/** The labels of a section's groups, in display order; sections without groups are absent. */
const GROUP_LABELS: Partial<Record<Section, Readonly<Record<string, string>>>> = {
  faq: FAQ_CATEGORIES,
  causes: CHECK_AREAS,
  fees: FEE_TOPICS,
  brands: BRAND_KINDS,
  prevention: PREVENTION_AREAS,
};

export interface Group<T> {
  /** Stable anchor id for the group, e.g. `group-settlement`. */
  id: string;
  label: string;
  items: T[];
}

/** The key of the group an entry belongs to (its category, area, topic or kind), or undefined for ungrouped sections. */
export function groupKey(entry: AnyEntry): string | undefined {
  switch (entry.collection) {
    case 'faq':
      return entry.data.category;
    case 'causes':
    case 'prevention':
      return entry.data.area;
    case 'fees':
      return entry.data.topic;
    case 'brands':
      return entry.data.kind;
    default:
      return undefined;
  }
}

/** The label of the group an entry belongs to, or undefined for ungrouped sections. */
export function groupLabel(entry: AnyEntry): string | undefined {
  const key = groupKey(entry);
  return key === undefined ? undefined : GROUP_LABELS[entry.collection]?.[key];
}

/**
 * Split a section's items into labelled groups, in the order the labels are declared; empty
 * groups are left out. `keyOf` says which group an item belongs to.
 */
export function groupEntries<T>(section: Section, items: T[], keyOf: (item: T) => string | undefined): Group<T>[] {
  const labels = GROUP_LABELS[section];
  if (!labels) return [{ id: 'group-all', label: '全部', items }];
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item) ?? '';
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return Object.entries(labels).flatMap(([key, label]) => {
    const groupItems = byKey.get(key);
    return groupItems ? [{ id: `group-${key}`, label, items: groupItems }] : [];
  });
}
