import { planQuery, type QueryPlan } from './query';

/** The part of pagefind.js the site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindSearch {
  results: PagefindHit[];
  totalFilters?: Record<string, Record<string, number>>;
}

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface SearchOutcome {
  hits: PagefindHit[];
  /** How many results each filter value has for this query, before filtering. */
  counts: Record<string, Record<string, number>>;
  /** Which stage of the plan found the results. */
  stage: 'exact' | 'relaxed' | 'words' | 'none';
}

/** Pause after a keystroke before searching, so typing a word runs one search, not one per character. */
export const SEARCH_DEBOUNCE_MS = 120;

/** Fewer results than this and the next, looser stage of the plan runs too. */
const ENOUGH = 3;

/**
 * Runs a query plan: the query without filler words, then word by word when that finds too
 * little. Results of the stricter stage come first; the word-by-word stage ranks pages by how
 * many words they match.
 */
export async function runPlan(
  pagefind: PagefindApi,
  plan: QueryPlan,
  filters: Record<string, string> = {},
): Promise<SearchOutcome> {
  const options = { filters };
  const hits: PagefindHit[] = [];
  const seen = new Set<string>();
  let counts: SearchOutcome['counts'] = {};
  let stage: SearchOutcome['stage'] = 'none';
  const take = (found: PagefindHit[], at: SearchOutcome['stage'], total?: SearchOutcome['counts']) => {
    if (found.length > 0 && stage === 'none') {
      stage = at;
      counts = total ?? {};
    }
    for (const hit of found) {
      if (!seen.has(hit.id)) {
        seen.add(hit.id);
        hits.push(hit);
      }
    }
  };

  // Filler is never searched: a word no page has makes Pagefind fall back to a shorter prefix
  // ("太高" becomes "太") and fill the results with pages that merely contain that character.
  const first = await pagefind.search(plan.relaxed ?? plan.exact, options);
  take(first?.results ?? [], plan.relaxed ? 'relaxed' : 'exact', first?.totalFilters);
  if (hits.length < ENOUGH && plan.words.length > 1) {
    const perWord = await Promise.all(plan.words.map((w) => pagefind.search(w, options)));
    const tally = new Map<string, { hit: PagefindHit; matched: number; score: number }>();
    const total: SearchOutcome['counts'] = {};
    for (const search of perWord) {
      for (const hit of search?.results ?? []) {
        const entry = tally.get(hit.id) ?? { hit, matched: 0, score: 0 };
        entry.matched += 1;
        entry.score += hit.score;
        tally.set(hit.id, entry);
      }
      for (const [name, values] of Object.entries(search?.totalFilters ?? {})) {
        total[name] ??= {};
        for (const [value, n] of Object.entries(values)) total[name][value] = Math.max(total[name][value] ?? 0, n);
      }
    }
    const ranked = [...tally.values()].sort((a, b) => b.matched - a.matched || b.score - a.score).map((t) => t.hit);
    take(ranked, 'words', total);
  }
  const kept = LATIN_ONLY.test(plan.exact) ? await withoutTrimmedMatches(hits, plan.exact) : hits;
  const ranked = await withPhrasesFirst(kept, plan);
  return { hits: ranked, counts, stage: ranked.length > 0 ? stage : 'none' };
}

/** How many of the first results are re-ranked (their text is loaded for display anyway). */
const RERANK = 16;

/**
 * Pagefind scores words, not their order: for "扣点太高" a page saying 提高 and 扣点 far apart can
 * outrank the page that says "扣点高". Among the first results, pages that contain the query's
 * words side by side (often in an alias), or in their title, move up; the rest keep their order.
 */
async function withPhrasesFirst(hits: PagefindHit[], plan: QueryPlan): Promise<PagefindHit[]> {
  const words = (plan.relaxed ?? plan.exact).toLowerCase().split(' ').filter(Boolean);
  if (hits.length < 2 || words.length === 0) return hits;
  const phrase = words.join('');
  const typed = plan.exact.toLowerCase().replace(/ /g, '');
  const pairs = words.slice(1).map((w, i) => words[i] + w);
  const head = hits.slice(0, RERANK);
  const scored = await Promise.all(
    head.map(async (hit, i) => {
      const data = await hit.data();
      const text = (data.content ?? data.excerpt).toLowerCase().replace(/\s+/g, '');
      const title = (data.meta.title ?? '').toLowerCase();
      const adjacent = pairs.length > 0 ? pairs.filter((p) => text.includes(p)).length / pairs.length : 0;
      // What the merchant typed, word for word, is usually one of the entry's aliases.
      const bonus =
        2 * adjacent +
        (phrase.length > 1 && text.includes(phrase) ? 1 : 0) +
        (typed.length > 1 && text.includes(typed) ? 2 : 0) +
        words.filter((w) => title.includes(w)).length / words.length;
      return { hit, i, bonus };
    }),
  );
  scored.sort((a, b) => b.bonus - a.bonus || a.i - b.i);
  return [...scored.map((s) => s.hit), ...hits.slice(RERANK)];
}

const LATIN_ONLY = /^[a-z0-9+ ]+$/i;

/**
 * When no word starts with the query, Pagefind retries with a shorter prefix: "12363" then finds
 * every page with a word starting "1". For codes and numbers that is noise, so a hit must show
 * a highlighted word that starts with one of the query's words.
 */
async function withoutTrimmedMatches(hits: PagefindHit[], query: string): Promise<PagefindHit[]> {
  const words = query.toLowerCase().split(' ').filter(Boolean);
  const checked = await Promise.all(
    hits.slice(0, 30).map(async (hit) => {
      const { excerpt } = await hit.data();
      const marks = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').trim().toLowerCase());
      return marks.some((m) => words.some((w) => m.startsWith(w) || w.startsWith(m + '+'))) ? hit : undefined;
    }),
  );
  return checked.filter((h): h is PagefindHit => h !== undefined);
}

/** Plans and runs a query; an empty or punctuation-only query finds nothing without searching. */
export async function searchSite(
  pagefind: PagefindApi,
  raw: string,
  filters: Record<string, string> = {},
): Promise<SearchOutcome> {
  const plan = planQuery(raw);
  if (!plan) return { hits: [], counts: {}, stage: 'none' };
  return runPlan(pagefind, plan, filters);
}
