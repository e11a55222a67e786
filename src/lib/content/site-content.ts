import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { SECTIONS, type Section } from '../../schemas/sections';
import { checkFileNames, ContentError, runContentChecks } from './checks';
import { contentDir } from '../deploy/content-dir';
import { buildSiteIndex, type SiteIndex } from './site-index';
import type { AnyEntry, SectionEntry, SiteContent } from './types';
import { entryPageOf, type EntryPage, type EntryPageOptions } from './entry-page';

let loaded: Promise<SiteIndex> | undefined;

function authoredFiles(collection: Section): string[] {
  try {
    return readdirSync(join(contentDir(), collection), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(md|mdx)$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

async function load(): Promise<SiteIndex> {
  const content: SiteContent = {
    causes: await getCollection('causes'),
    faq: await getCollection('faq'),
    codes: await getCollection('codes'),
    channels: await getCollection('channels'),
    requirements: await getCollection('requirements'),
    fees: await getCollection('fees'),
    brands: await getCollection('brands'),
    prevention: await getCollection('prevention'),
    glossary: await getCollection('glossary'),
    guides: await getCollection('guides'),
  };
  const problems = [...SECTIONS.flatMap((c) => checkFileNames(c, authoredFiles(c))), ...runContentChecks(content)];
  if (problems.length > 0) throw new ContentError(problems);
  return buildSiteIndex(content);
}

/**
 * All content, checked and indexed once per build. Every page reads content through this, so a
 * broken cross-reference stops the build before any page is written, and no page re-sorts or
 * re-scans the collections.
 */
export function getSiteIndex(): Promise<SiteIndex> {
  loaded ??= load();
  return loaded;
}

/** Every section's entries, sorted, after the whole site passed its checks. */
export async function getSiteContent(): Promise<SiteContent> {
  return (await getSiteIndex()).sorted;
}

/** Typed entries of one collection, sorted by order and title, after the whole site passed its checks. */
export async function entriesOf<C extends Section>(collection: C): Promise<SectionEntry<C>[]> {
  return (await getSiteIndex()).sorted[collection];
}

/** One entry by collection and id, or undefined. */
export async function entryOf<C extends Section>(collection: C, id: string): Promise<SectionEntry<C> | undefined> {
  return (await entriesOf(collection)).find((e) => e.id === id);
}

/** `getStaticPaths` of an entry route: one page per entry of the section, the entry as its prop. */
export async function entryPaths<C extends Section>(collection: C): Promise<{ params: { id: string }; props: { entry: SectionEntry<C> } }[]> {
  return (await entriesOf(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The route data of an entry page (see `entryPageOf`). */
export async function entryPage(entry: AnyEntry, options?: EntryPageOptions): Promise<EntryPage> {
  return entryPageOf(await getSiteIndex(), entry, options);
}
