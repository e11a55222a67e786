import { planQuery, type QueryPlan } from './query';
import { META_FIELDS, TERMS_SEPARATOR } from './weights';

/** The part of pagefind.js the site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  /** Loads the index chunks a search for the term needs, without searching. */
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindSearch {
  results: PagefindHit[];
  totalFilters?: Record<string, Record<string, number>>;
}

export interface PagefindHit {
  id: string;
  score: number;
  /** Metadata fields (title, aliases…) in which the query's words were found. */
  matchedMetaFields?: string[];
  /** Loads the page's fragment: one request per result, so only for results that are shown. */
  data(): Promise<PagefindData>;
}

export interface PagefindLocation {
  /** Index weight of the matched word (a paragraph 1, an <h1> 7). */
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
  weighted_locations?: PagefindLocation[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  weighted_locations?: PagefindLocation[];
  sub_results?: PagefindSubResult[];
}

export interface SearchOutcome {
  /** The words searched (filler dropped). Empty when the query was only filler. */
  words: string[];
  /** The query as aliases are stored, to put an entry whose alias it is first (`typedFirst`). */
  phrase: string;
  /** Pages that have every word of the query, best first. */
  hits: PagefindHit[];
  /** When few pages have every word: pages with some of them, by how many they have. */
  partial: PagefindHit[];
  /** How many results each filter value has for this query, before filtering (when filters are loaded). */
  counts: Record<string, Record<string, number>>;
}

/**
 * Pause after a keystroke before searching. Chinese arrives a word at a time from the input
 * method, so this only has to bridge the gap between keys typed one by one; a search is a few
 * milliseconds of work once the index is loaded.
 */
export const SEARCH_DEBOUNCE_MS = 50;

/** Fewer full matches than this and pages with some of the words are offered after them. */
const ENOUGH = 3;

const LATIN_WORD = /^[a-z0-9+]+$/i;

/**
 * Whether the index has a code or number as a word. Pagefind, finding no word that starts with
 * the query, falls back to the longest indexed word the query starts with ("12363" becomes "1"),
 * which for codes and numbers is noise; an exact-phrase search finds only the word itself. Words
 * in Chinese are not checked: there the shorter prefix is usually the right word (刷卡机 → 刷卡).
 */
async function inIndex(pagefind: PagefindApi, word: string): Promise<boolean> {
  if (!LATIN_WORD.test(word)) return true;
  const exact = await pagefind.search(`"${word}"`);
  return (exact?.results.length ?? 0) > 0;
}

/** Pages that have at least half of the words, ranked by how many they have, then by score. */
async function partialMatches(
  pagefind: PagefindApi,
  words: string[],
  options: { filters: Record<string, string> },
  exclude: ReadonlySet<string>,
): Promise<{ hits: PagefindHit[]; counts: SearchOutcome['counts'] }> {
  const perWord = await Promise.all(words.map((w) => pagefind.search(w, options)));
  const tally = new Map<string, { hit: PagefindHit; matched: number; score: number }>();
  const counts: SearchOutcome['counts'] = {};
  for (const search of perWord) {
    for (const hit of search?.results ?? []) {
      if (exclude.has(hit.id)) continue;
      const entry = tally.get(hit.id) ?? { hit, matched: 0, score: 0 };
      entry.matched += 1;
      entry.score += hit.score;
      tally.set(hit.id, entry);
    }
    for (const [name, values] of Object.entries(search?.totalFilters ?? {})) {
      counts[name] ??= {};
      for (const [value, n] of Object.entries(values)) counts[name][value] = Math.max(counts[name][value] ?? 0, n);
    }
  }
  // Chinese splits into short words (钱没到账 is 钱/没/到/账): a page with one of them says little.
  const least = Math.ceil(words.length / 2);
  const hits = [...tally.values()]
    .filter((t) => t.matched >= least)
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .map((t) => t.hit);
  return { hits, counts };
}

/**
 * Runs a query plan: one search for all its words, ranked by the index (titles, aliases and
 * synonyms are weighted when the index is built); when fewer than three pages have every word,
 * each word is searched alone and pages with some of them follow, marked as partial.
 */
export async function runPlan(pagefind: PagefindApi, plan: QueryPlan, filters: Record<string, string> = {}): Promise<SearchOutcome> {
  const options = { filters };
  const outcome = (hits: PagefindHit[], partial: PagefindHit[], counts: SearchOutcome['counts']): SearchOutcome => ({
    words: plan.words,
    phrase: plan.phrase,
    hits,
    partial,
    counts,
  });
  if (plan.words.length === 0) return outcome([], [], {});
  const present = await Promise.all(plan.words.map((w) => inIndex(pagefind, w)));
  const found = plan.words.filter((_, i) => present[i]);
  let hits: PagefindHit[] = [];
  let counts: SearchOutcome['counts'] = {};
  if (found.length === plan.words.length) {
    const full = await pagefind.search(found.join(' '), options);
    hits = await byIntent(pagefind, full?.results ?? [], plan, options);
    counts = full?.totalFilters ?? {};
  }
  // One word searched alone finds exactly what the full search found.
  const nothingLooser = found.length === 0 || (found.length === 1 && found.length === plan.words.length);
  if (hits.length >= ENOUGH || nothingLooser) return outcome(hits, [], counts);
  const partial = await partialMatches(pagefind, found, options, new Set(hits.map((h) => h.id)));
  return outcome(hits, partial.hits, hits.length > 0 ? counts : partial.counts);
}

/**
 * "跳码是什么意思" wants the definition, "无法结算怎么办" the fix: the question words are not
 * searched (a page without them may still be the answer), but among the pages found, those that
 * also have them (most often in an alias phrased the same way) come first, in the order a search
 * with them ranks them.
 */
async function byIntent(
  pagefind: PagefindApi,
  hits: PagefindHit[],
  plan: QueryPlan,
  options: { filters: Record<string, string> },
): Promise<PagefindHit[]> {
  if (plan.intent.length === 0 || hits.length < 2) return hits;
  const asked = await pagefind.search([...plan.words, ...plan.intent].join(' '), options);
  const rank = new Map((asked?.results ?? []).map((h, i) => [h.id, i]));
  return hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => (rank.get(a.hit.id) ?? hits.length + a.i) - (rank.get(b.hit.id) ?? hits.length + b.i))
    .map((x) => x.hit);
}

/** Whether an entry's title or one of its aliases is the query word for word (`phraseKey`). */
export function isWrittenFor(meta: Record<string, string | undefined>, phrase: string): boolean {
  return phrase !== '' && (meta[META_FIELDS.heading] === phrase || (meta[META_FIELDS.terms] ?? '').split(TERMS_SEPARATOR).includes(phrase));
}

/**
 * Among the results shown first, an entry with an alias (or title) that is the query word for
 * word moves to the top: the merchant typed the words the entry was written for. Uses only the
 * fragments being shown anyway.
 */
export function typedFirst<T extends { meta: Record<string, string | undefined> }>(shown: T[], phrase: string): T[] {
  const at = shown.findIndex((data) => isWrittenFor(data.meta, phrase));
  const typed = shown[at];
  return at > 0 && typed ? [typed, ...shown.slice(0, at), ...shown.slice(at + 1)] : shown;
}

/** Plans and runs a query; an empty or punctuation-only query finds nothing without searching. */
export async function searchSite(
  pagefind: PagefindApi,
  raw: string,
  filters: Record<string, string> = {},
): Promise<SearchOutcome | undefined> {
  const plan = planQuery(raw);
  return plan ? runPlan(pagefind, plan, filters) : undefined;
}
