import type { Section } from '../../schemas/sections';
import { linkTo, type EntryLink } from './entries';
import { neighbours, readingOrder, relatedEntries } from './related';
import { getSiteContent } from './site-content';
import { tableOfContents, type Heading, type TocItem } from './toc';

export interface EntryNavigation {
  related: EntryLink[];
  toc: TocItem[];
  previous: EntryLink | undefined;
  next: EntryLink | undefined;
}

/**
 * Everything around an entry's body that helps a reader on: related entries, the table of
 * contents, previous and next in the section. Spread it into `EntryLayout`:
 * `<EntryLayout {...await entryNavigation('fees', entry.id, headings)} ...>`.
 */
export async function entryNavigation(collection: Section, id: string, headings: Heading[] = []): Promise<EntryNavigation> {
  const content = await getSiteContent();
  const entries = content[collection];
  const self = entries.find((e) => e.id === id);
  if (!self) throw new Error(`No entry ${collection}/${id}`);
  const ordered = readingOrder(collection, entries);
  const { previous, next } = neighbours(ordered, ordered.indexOf(self));
  return {
    related: relatedEntries(content, self).map(linkTo),
    toc: tableOfContents(headings),
    previous: previous && linkTo(previous),
    next: next && linkTo(next),
  };
}
