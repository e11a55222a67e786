/**
 * What the search index knows beyond a page's visible text: the entry's aliases (how merchants
 * phrase it), synonyms from the glossary, and filters such as the merchant type. The build writes
 * a manifest of these (`/search/index-terms.json`), and the Pagefind integration folds them into
 * the HTML it indexes — never into the HTML it ships.
 */

export interface PageTerms {
  /** Site path without the base, e.g. `/faq/money-not-arrived/`. */
  path: string;
  aliases: string[];
  /** Filter name to values, e.g. `{ merchant: ['个体工商户'] }`. */
  filters: Record<string, string[]>;
}

/** One glossary term with the words that mean the same to a merchant. */
export interface SynonymGroup {
  words: string[];
}

export interface IndexTermsManifest {
  pages: PageTerms[];
  synonyms: SynonymGroup[];
}

import { isSection } from '../../schemas/sections';

/**
 * The home page and section indexes repeat every entry's title and summary, so they would
 * outrank the entries themselves: search lands on answers, so they are left out of the index.
 */
export function isListingPage(url: string): boolean {
  if (url === '/') return true;
  const m = /^\/([a-z]+)\/$/.exec(url);
  return m?.[1] !== undefined && isSection(m[1]);
}

/** Index weights (Pagefind's scale: a paragraph is 1, an <h1> 7). */
export const ALIAS_WEIGHT = 5;
export const SYNONYM_WEIGHT = 0.5;

const normalize = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/**
 * Words from synonym groups that the page does not say itself but a merchant might type:
 * a group applies when the page (or its aliases) mentions any of its words.
 */
export function synonymsFor(
  text: string,
  groups: readonly SynonymGroup[],
  commonWords: ReadonlySet<string> = new Set(),
): string[] {
  const haystack = normalize(text);
  const added = new Set<string>();
  for (const group of groups) {
    const words = group.words.map(normalize).filter((w) => w.length > 0);
    if (!words.some((w) => !commonWords.has(w) && haystack.includes(w))) continue;
    for (const w of words) if (!haystack.includes(w)) added.add(w);
  }
  return [...added];
}

/**
 * Separates the synonyms added for search. It marks an excerpt drawn from them (a bare word
 * list), which the UI replaces with the page's summary; authored text rarely uses it.
 */
export const SYNONYM_SEPARATOR = '｜';

/** Visible text of an HTML fragment, good enough for matching words. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The part of a page Pagefind indexes: the element carrying data-pagefind-body. */
export function indexedBody(html: string): string | undefined {
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body\b/);
  if (start < 0) return undefined;
  const end = html.lastIndexOf('</main>');
  return end > start ? html.slice(start, end) : undefined;
}

/**
 * Returns the HTML Pagefind should index for a page: aliases and synonyms appended inside the
 * indexed body (so they count for ranking and can show in excerpts), filters as meta tags.
 * A page without an indexed body is returned unchanged.
 */
export function augmentForIndex(
  html: string,
  terms: PageTerms | undefined,
  groups: readonly SynonymGroup[],
  commonWords: ReadonlySet<string> = new Set(),
): string {
  const body = indexedBody(html);
  if (body === undefined) return html;
  const aliases = terms?.aliases ?? [];
  // Only entries get synonyms: other pages (the about page, tools) would match everything.
  const synonyms = terms ? synonymsFor(`${textOf(body)} ${aliases.join(' ')}`, groups, commonWords) : [];
  const parts: string[] = [];
  if (aliases.length > 0) {
    parts.push(`<p data-pagefind-weight="${ALIAS_WEIGHT}">常见说法：${aliases.map(escapeHtml).join('、')}</p>`);
  }
  if (synonyms.length > 0) {
    parts.push(`<p data-pagefind-weight="${SYNONYM_WEIGHT}">相关说法：${synonyms.map(escapeHtml).join(SYNONYM_SEPARATOR)}</p>`);
  }
  for (const [name, values] of Object.entries(terms?.filters ?? {})) {
    for (const value of values) {
      parts.push(`<meta data-pagefind-filter="${escapeHtml(name)}[content]" content="${escapeHtml(value)}">`);
    }
  }
  const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1];
  if (description) parts.push(`<meta data-pagefind-meta="description[content]" content="${description}">`);
  if (parts.length === 0) return html;
  const end = html.lastIndexOf('</main>');
  return `${html.slice(0, end)}${parts.join('')}${html.slice(end)}`;
}

/** Above this share of entries, a word says nothing about a page and triggers no synonyms. */
export const COMMON_WORD_SHARE = 0.3;

/**
 * Synonym words that appear on so many entries (结算, 商户 on a settlement site) that they would
 * attach their group to nearly every page, which makes every page match every synonym.
 */
export function commonWords(entryTexts: readonly string[], groups: readonly SynonymGroup[], share = COMMON_WORD_SHARE): Set<string> {
  const texts = entryTexts.map(normalize);
  const common = new Set<string>();
  for (const word of new Set(groups.flatMap((g) => g.words.map(normalize)))) {
    if (!word) continue;
    const n = texts.filter((t) => t.includes(word)).length;
    if (texts.length > 0 && n / texts.length > share) common.add(word);
  }
  return common;
}

export interface IndexPage {
  url: string;
  content: string;
}

/** Every page as Pagefind should see it: listing pages left out, entries augmented. */
export function pagesForIndex(pages: readonly IndexPage[], manifest: IndexTermsManifest): IndexPage[] {
  const termsByUrl = new Map(manifest.pages.map((p) => [p.path, p]));
  const kept = pages.filter((p) => !isListingPage(p.url));
  const entryTexts = kept
    .filter((p) => termsByUrl.has(p.url))
    .map((p) => `${textOf(indexedBody(p.content) ?? '')} ${termsByUrl.get(p.url)!.aliases.join(' ')}`);
  const common = commonWords(entryTexts, manifest.synonyms);
  return kept.map((p) => ({ url: p.url, content: augmentForIndex(p.content, termsByUrl.get(p.url), manifest.synonyms, common) }));
}
