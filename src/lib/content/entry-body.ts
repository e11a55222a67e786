import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { render } from 'astro:content';
import { isPlainMarkdown } from './entry-loader';
import { bodyOf, markdownProcessor, SYNTAX_HIGHLIGHT } from './markdown';
import type { AnyEntry } from './types';

/** An entry's body, ready for its page: HTML, or for an MDX entry with components its module's component. */
export type EntryBody =
  | { html: string; headings: MarkdownHeading[] }
  | { Content: Awaited<ReturnType<typeof render>>['Content']; headings: MarkdownHeading[] };

type Renderer = Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>>;
let renderer: Promise<Renderer> | undefined;

/**
 * Renders an entry's body when its page is built, with the same processor and plugins as the
 * config's. Entries are not rendered ahead, so no body is held in memory longer than its page.
 */
export async function renderEntryBody(entry: AnyEntry): Promise<EntryBody> {
  const path = entry.filePath?.endsWith('.mdx') ? resolve(entry.filePath) : undefined;
  const body = path === undefined ? undefined : bodyOf(await readFile(path, 'utf8'));
  if (path === undefined || body === undefined || !isPlainMarkdown(body)) {
    const { Content, headings } = await render(entry);
    return { Content, headings };
  }
  renderer ??= markdownProcessor(import.meta.env.BASE_URL).createRenderer({ syntaxHighlight: SYNTAX_HIGHLIGHT });
  const { code, metadata } = await (await renderer).render(body, { fileURL: pathToFileURL(path) });
  return { html: code, headings: metadata.headings };
}
