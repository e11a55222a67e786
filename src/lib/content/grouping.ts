import { FAQ_CATEGORIES } from '../../schemas/faq';
import { CHECK_AREAS } from '../../schemas/causes';
import { FEE_TOPICS } from '../../schemas/fees';
import { BRAND_KINDS } from '../../schemas/brands';
import { PREVENTION_AREAS } from '../../schemas/prevention';
import type { Section } from '../../schemas/sections';

/** Which field groups a section's index page, and the label of each value, in display order. */
const GROUPINGS: Partial<Record<Section, { field: string; labels: Record<string, string> }>> = {
  faq: { field: 'category', labels: FAQ_CATEGORIES },
  causes: { field: 'area', labels: CHECK_AREAS },
  fees: { field: 'topic', labels: FEE_TOPICS },
  brands: { field: 'kind', labels: BRAND_KINDS },
  prevention: { field: 'area', labels: PREVENTION_AREAS },
};

export interface Group<T> {
  /** Stable anchor id for the group, e.g. `group-settlement`. */
  id: string;
  label: string;
  items: T[];
}

/** The label of the group an entry belongs to, or undefined for ungrouped sections. */
export function groupLabel(section: Section, data: Record<string, unknown>): string | undefined {
  const grouping = GROUPINGS[section];
  if (!grouping) return undefined;
  return grouping.labels[String(data[grouping.field])];
}

/** Split a section's entries into labelled groups, in the order the labels are declared; empty groups are left out. */
export function groupEntries<T extends { data: Record<string, unknown> }>(section: Section, entries: T[]): Group<T>[] {
  const grouping = GROUPINGS[section];
  if (!grouping) return [{ id: 'group-all', label: '全部', items: entries }];
  return Object.entries(grouping.labels)
    .map(([key, label]) => ({
      id: `group-${key}`,
      label,
      items: entries.filter((e) => e.data[grouping.field] === key),
    }))
    .filter((g) => g.items.length > 0);
}
