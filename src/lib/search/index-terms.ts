/**
 * What the search index knows beyond a page's visible text: the entry's aliases (how merchants
 * phrase it), synonyms from the glossary, and filters such as the merchant type. The build writes
 * a manifest of these (`/search/index-terms.json`), and the Pagefind integration folds them into
 * the HTML it indexes — never into the HTML it ships.
 *
 * They go into metadata fields, not into the page text: Pagefind searches metadata like text
 * and boosts a page by how much of the query a field covers, so an entry whose alias is what the
 * merchant typed ranks first, while a result's passage and sub-results come only from what the
 * page itself says.
 */
import { isSection } from '../../schemas/sections';
import { phraseKey } from './query';
import { META_FIELDS, TERMS_SEPARATOR } from './weights';

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

/**
 * Pages that list other pages (the home page, section indexes, the update log) repeat every
 * entry's title and summary, so they would outrank the entries themselves: search lands on
 * answers, so they are left out of the index.
 */
export function isListingPage(url: string): boolean {
  if (url === '/' || url === '/updates/') return true;
  const m = /^\/([a-z]+)\/$/.exec(url);
  return m?.[1] !== undefined && isSection(m[1]);
}

const normalize = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/**
 * Words from synonym groups that a page is about but does not say: a group applies when the
 * text (the entry's title, answer and aliases) mentions any of its words that is not common.
 */
export function synonymsFor(text: string, groups: readonly SynonymGroup[], commonWords: ReadonlySet<string> = new Set()): string[] {
  const haystack = normalize(text);
  const added = new Set<string>();
  for (const group of groups) {
    const words = group.words.map(normalize).filter((w) => w.length > 0);
    if (!words.some((w) => !commonWords.has(w) && haystack.includes(w))) continue;
    for (const w of words) if (!haystack.includes(w)) added.add(w);
  }
  return [...added];
}

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
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
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
 * The page without its inline `<style>` elements. Pagefind takes no text from them, and since
 * every page carries its stylesheet inline they are about half of its characters: the build
 * holds every page while it indexes them, so leaving them out halves that memory.
 */
export function withoutInlineStyles(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
}

/** The page's title as Pagefind takes it: the text of the first <h1> in the indexed body. */
export function titleOf(body: string): string {
  return textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? '');
}

/** The entry's short answer, as marked for Pagefind in the entry layout. */
export function answerOf(body: string): string | undefined {
  const m = /<(\w+)\b[^>]*\bdata-pagefind-meta="answer"[^>]*>([\s\S]*?)<\/\1>/.exec(body);
  return m ? textOf(m[2] ?? '') : undefined;
}

/**
 * A metadata value Pagefind can match word by word. Pagefind splits metadata on spaces only
 * (it segments Chinese in the page text, not in metadata), so the words are separated here the
 * way the search box separates a query.
 */
export function searchableWords(phrases: readonly string[]): string {
  return phraseKey(phrases.join(' '));
}

function inlineMeta(name: string, value: string): string {
  return `<span data-pagefind-meta="${name}:${escapeHtml(value)}"></span>`;
}

/**
 * Returns the HTML Pagefind should index for a page: the title and each alias word by word, and
 * the synonyms of what the entry is about, as metadata fields that are searched but never shown;
 * filters; and the description as the answer shown in results when the page marks none.
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
  const parts: string[] = [];
  const title = titleOf(body);
  const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1];
  if (title) parts.push(inlineMeta(META_FIELDS.heading, phraseKey(title)));
  if (terms) {
    const aliases = [...new Set(terms.aliases.map(phraseKey))].filter(Boolean);
    if (aliases.length > 0) parts.push(inlineMeta(META_FIELDS.terms, aliases.join(TERMS_SEPARATOR)));
    // Only entries get synonyms: other pages (the about page, tools) would match everything.
    const synonyms = synonymsFor(aboutText(body, terms), groups, commonWords);
    if (synonyms.length > 0) parts.push(inlineMeta(META_FIELDS.related, searchableWords(synonyms)));
  }
  for (const [name, values] of Object.entries(terms?.filters ?? {})) {
    for (const value of values) parts.push(`<span data-pagefind-filter="${escapeHtml(name)}:${escapeHtml(value)}"></span>`);
  }
  if (description && answerOf(body) === undefined) parts.push(inlineMeta('answer', textOf(description)));
  if (parts.length === 0) return html;
  const end = html.lastIndexOf('</main>');
  return `${html.slice(0, end)}${parts.join('')}${html.slice(end)}`;
}

/** What an entry is about, for choosing its synonyms: title, answer and aliases, not the whole body. */
function aboutText(body: string, terms: PageTerms): string {
  return [titleOf(body), answerOf(body) ?? '', ...terms.aliases].join(' ');
}

/** Above this share of entries, a word says nothing about a page and triggers no synonyms. */
export const COMMON_WORD_SHARE = 0.3;

/**
 * Synonym words that so many entries are about (结算 on a settlement site) that they would attach
 * their group to nearly every page, which makes every page match every synonym.
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

/**
 * What indexing learns from every page before it sends the first one: which synonym words are
 * too common to attach to a page, and how much text is indexed. Pages are read one at a time in
 * two passes (this, then `forIndex`), so only the pages on their way to Pagefind are in memory.
 */
export interface IndexSurvey {
  termsByUrl: Map<string, PageTerms>;
  commonWords: Set<string>;
  /** Characters of indexed text over all pages, for `indexChunkSize`. */
  characters: number;
}

export function surveyPages(pages: Iterable<IndexPage>, manifest: IndexTermsManifest): IndexSurvey {
  const termsByUrl = new Map(manifest.pages.map((p) => [p.path, p]));
  const entryTexts: string[] = [];
  let characters = 0;
  for (const p of pages) {
    if (isListingPage(p.url)) continue;
    const body = indexedBody(p.content);
    if (body === undefined) continue;
    characters += textOf(body).length;
    const terms = termsByUrl.get(p.url);
    if (terms) entryTexts.push(aboutText(body, terms));
  }
  return { termsByUrl, commonWords: commonWords(entryTexts, manifest.synonyms), characters };
}

/** A page as Pagefind should see it (entries augmented), or undefined for a listing page, which is left out. */
export function forIndex(page: IndexPage, manifest: IndexTermsManifest, survey: IndexSurvey): IndexPage | undefined {
  if (isListingPage(page.url)) return undefined;
  const terms = survey.termsByUrl.get(page.url);
  return { url: page.url, content: augmentForIndex(page.content, terms, manifest.synonyms, survey.commonWords) };
}

/** Every page as Pagefind should see it: listing pages left out, entries augmented. */
export function pagesForIndex(pages: readonly IndexPage[], manifest: IndexTermsManifest): IndexPage[] {
  const survey = surveyPages(pages, manifest);
  return pages.flatMap((p) => forIndex(p, manifest, survey) ?? []);
}

/**
 * How many word positions go into one file of Pagefind's index. A search loads the files that
 * hold its words, and the index's table of contents (loaded first) lists every file: small files
 * mean less to load per word but a longer table. The sum is smallest when the size grows with the
 * square root of the indexed text; 2.25 × √characters puts this site (about 200,000 characters)
 * at 1,000, where a search loads a fifth of what Pagefind's default of 20,000 does.
 */
export function indexChunkSize(indexedCharacters: number): number {
  const size = Math.round((2.25 * Math.sqrt(Math.max(0, indexedCharacters))) / 100) * 100;
  return Math.min(20_000, Math.max(500, size));
}
