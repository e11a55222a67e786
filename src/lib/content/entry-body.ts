import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { render } from 'astro:content';
import { bodyOf, markdownProcessor, SYNTAX_HIGHLIGHT } from './markdown';
import type { AnyEntry } from './types';

/** An entry's body, ready for its page: HTML, or for an MDX entry with components its module's component. */
export type EntryBody =
  | { html: string; headings: MarkdownHeading[] }
  | { Content: Awaited<ReturnType<typeof render>>['Content']; headings: MarkdownHeading[] };

type Renderer = Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>>;
let renderer: Promise<Renderer> | undefined;

/**
 * Whether the content loader left the body to this module: an `.mdx` entry stored with neither
 * Astro's rendering (a `.md` file) nor a module (MDX with components); see `contentEntries`.
 */
function bodyLeftToPage(entry: AnyEntry): entry is AnyEntry & { filePath: string } {
  const stored: { rendered?: unknown; deferredRender?: boolean; filePath?: string | undefined } = entry;
  return stored.filePath?.endsWith('.mdx') === true && stored.rendered === undefined && stored.deferredRender !== true;
}

/**
 * Renders an entry's body when its page is built, with the same processor and plugins as the
 * config's. Entries are not rendered ahead, so no body is held in memory longer than its page.
 */
export async function renderEntryBody(entry: AnyEntry): Promise<EntryBody> {
  if (!bodyLeftToPage(entry)) {
    const { Content, headings } = await render(entry);
    return { Content, headings };
  }
  const path = resolve(entry.filePath);
  renderer ??= markdownProcessor(import.meta.env.BASE_URL).createRenderer({ syntaxHighlight: SYNTAX_HIGHLIGHT });
  const { code, metadata } = await (await renderer).render(bodyOf(await readFile(path, 'utf8')), { fileURL: pathToFileURL(path) });
  return { html: code, headings: metadata.headings };
}
