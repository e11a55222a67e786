import type { SectionData } from '../../schemas/collections';
import { SECTIONS, type Section } from '../../schemas/sections';

/**
 * An entry of a section, typed by the section's schema: the shape of Astro's `CollectionEntry<C>`
 * (the site index holds the entries `getCollection` returns, and routes hand them to `render`),
 * spelled out so that code generic over sections, and tests, can build one.
 */
export interface SectionEntry<C extends Section> {
  id: string;
  collection: C;
  /** Path of the authored file, relative to the project. */
  filePath?: string;
  body?: string;
  data: SectionData<C>;
}

/** An entry of any section; `collection` tells which, and narrows `data`. */
export type AnyEntry = { [C in Section]: SectionEntry<C> }[Section];

/** Every section's entries: the one model of the site's content, from loading to pages. */
export type SiteContent = { [C in Section]: SectionEntry<C>[] };

/** Where an entry was written, for messages to its author. */
export function fileOf(entry: AnyEntry): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

/** `faq/money-not-arrived`: the key of an entry in maps and in `related` lists. */
export function keyOf(ref: { collection: string; id: string }): string {
  return `${ref.collection}/${ref.id}`;
}

/** A site with no entries, to fill section by section. */
export function emptySiteContent(): SiteContent {
  return { causes: [], faq: [], codes: [], channels: [], requirements: [], fees: [], brands: [], prevention: [], glossary: [], guides: [] };
}

/** Every entry of the site, section by section. */
export function allEntries(content: SiteContent): AnyEntry[] {
  return SECTIONS.flatMap((section): AnyEntry[] => content[section]);
}
