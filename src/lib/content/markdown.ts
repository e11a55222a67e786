import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from '../../integrations/external-links';
import { glossaryLinks } from '../../integrations/glossary-links';

/**
 * The Markdown processor of entry bodies, for the config (MDX entries with components) and for
 * `renderEntryBody` (every other entry): the first mention of a glossary term links to its page,
 * and links to other sites open with rel="noopener".
 */
export function markdownProcessor(base: string): ReturnType<typeof satteri> {
  return satteri({ hastPlugins: [glossaryLinks({ base }), externalLinks()] });
}

/** Code blocks are fill-in texts for merchants, not code: no highlighter and its inline styles (the CSP allows none). */
export const SYNTAX_HIGHLIGHT = false;

/** The front matter block at the top of an entry file, delimiters included, found as Astro finds it. */
const FRONT_MATTER = /^(?:\uFEFF?|\s*\n)(?:---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+)/;

/** An entry file's body: what follows its front matter, trimmed, as the content loader reads it. */
export function bodyOf(file: string): string {
  return file.replace(FRONT_MATTER, '').trim();
}
