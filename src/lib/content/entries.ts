import { SECTION_INFO } from '../../schemas/sections';
import type { AnyEntry } from './types';
import { entryUrl } from './urls';

/** What a list needs to link to an entry. */
export interface EntryLink {
  href: string;
  title: string;
  description: string;
  sectionLabel: string;
}

export function titleOf(entry: AnyEntry): string {
  if (entry.collection === 'codes') return `应答码 ${entry.id}：${entry.data.meaning}`;
  return entry.data.title;
}

export function descriptionOf(entry: AnyEntry): string {
  if (entry.collection === 'codes') return entry.data.action;
  return entry.data.description;
}

export function linkTo(entry: AnyEntry): EntryLink {
  return {
    href: entryUrl(entry),
    title: titleOf(entry),
    description: descriptionOf(entry),
    sectionLabel: SECTION_INFO[entry.collection].label,
  };
}
