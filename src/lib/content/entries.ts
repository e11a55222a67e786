import type { EntryRef } from '../../schemas/common';
import { SECTION_INFO, type Section } from '../../schemas/sections';
import type { ContentEntry, SiteContent } from './checks/types';
import { entryUrl } from './urls';

export interface EntryLink {
  href: string;
  title: string;
  description: string;
  sectionLabel: string;
}

export function titleOf(entry: ContentEntry): string {
  if (entry.collection === 'codes') return `应答码 ${entry.id}：${String(entry.data.meaning)}`;
  return String(entry.data.title);
}

export function descriptionOf(entry: ContentEntry): string {
  if (entry.collection === 'codes') return String(entry.data.action);
  return String(entry.data.description);
}

export function linkTo(entry: ContentEntry): EntryLink {
  return {
    href: entryUrl(entry),
    title: titleOf(entry),
    description: descriptionOf(entry),
    sectionLabel: SECTION_INFO[entry.collection].label,
  };
}

export function findEntry(content: SiteContent, ref: EntryRef): ContentEntry | undefined {
  return content[ref.collection]?.find((e) => e.id === ref.id);
}

/** The entries an entry lists as related, in the order written; unknown refs are dropped (the build check reports them). */
export function relatedLinks(content: SiteContent, refs: EntryRef[]): EntryLink[] {
  return refs.flatMap((ref) => {
    const entry = findEntry(content, ref);
    return entry ? [linkTo(entry)] : [];
  });
}

export function sectionOf(collection: string): Section {
  return collection as Section;
}
