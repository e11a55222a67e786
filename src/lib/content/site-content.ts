import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { SECTIONS, type Section } from '../../schemas/sections';
import { checkFileNames, ContentError, runContentChecks, type ContentEntry, type SiteContent } from './checks';
import { contentDir } from '../deploy/content-dir';
import { byOrderThenTitle } from './order';

let loaded: Promise<SiteContent> | undefined;

function authoredFiles(collection: Section): string[] {
  try {
    return readdirSync(join(contentDir(), collection), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(md|mdx)$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

async function load(): Promise<SiteContent> {
  const content = {} as SiteContent;
  for (const collection of SECTIONS) {
    const entries = await getCollection(collection);
    content[collection] = entries.map(
      (e): ContentEntry => ({ id: e.id, collection, filePath: e.filePath, data: e.data as Record<string, unknown> }),
    );
  }
  const problems = [
    ...SECTIONS.flatMap((c) => checkFileNames(c, authoredFiles(c))),
    ...runContentChecks(content),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

/**
 * All content, checked once per build. Every page reads content through this, so a broken
 * cross-reference stops the build before any page is written.
 */
export function getSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

/** Typed entries of one collection, after the whole site passed its checks. */
export async function entriesOf<C extends Section>(collection: C): Promise<CollectionEntry<C>[]> {
  await getSiteContent();
  const entries = await getCollection(collection);
  return entries.sort(byOrderThenTitle);
}
