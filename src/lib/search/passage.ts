import { parseExcerpt, type ExcerptPart } from './excerpt';
import type { PagefindData, PagefindHit, PagefindLocation, PagefindSubResult } from './engine';
import { ANSWER_WEIGHT, META_FIELDS, TITLE_WEIGHT } from './weights';

/** Most sub-results shown under a result. */
export const MAX_SUB_RESULTS = 2;

const LEADING_PUNCTUATION = /^[\p{P}\p{Z}\s]+/u;

/** An excerpt never starts with the punctuation of the sentence it was cut from. */
export function trimLeadingPunctuation(parts: ExcerptPart[]): ExcerptPart[] {
  const out = [...parts];
  for (let first = out[0]; first; first = out[0]) {
    const text = first.text.replace(LEADING_PUNCTUATION, '');
    if (text) {
      out[0] = { ...first, text };
      break;
    }
    out.shift();
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks every occurrence of the query's words in a text (for passages Pagefind did not excerpt). */
export function highlightWords(text: string, words: readonly string[]): ExcerptPart[] {
  const wanted = [...new Set(words.filter((w) => w.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu');
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

function best(locations: readonly PagefindLocation[] | undefined): PagefindLocation | undefined {
  let top: PagefindLocation | undefined;
  for (const l of locations ?? []) if (!top || l.balanced_score > top.balanced_score) top = l;
  return top;
}

/**
 * Whether the query matched what the entry is about (its title or aliases) rather than a
 * passage of its text: then the entry's short answer says more than any excerpt, which would
 * show the title again or nothing at all.
 */
export function matchedTitleOrAliases(
  hit: Pick<PagefindHit, 'matchedMetaFields'>,
  data: Pick<PagefindData, 'weighted_locations'>,
): boolean {
  if (hit.matchedMetaFields?.includes(META_FIELDS.terms)) return true;
  const top = best(data.weighted_locations);
  return top === undefined || top.weight === TITLE_WEIGHT || top.weight === ANSWER_WEIGHT;
}

/** The passage shown for a result: the entry's answer, or the best passage of its own text. */
export function resultPassage(hit: Pick<PagefindHit, 'matchedMetaFields'>, data: PagefindData, words: readonly string[]): ExcerptPart[] {
  const answer = data.meta.answer?.trim();
  if (answer && matchedTitleOrAliases(hit, data)) return highlightWords(answer, words);
  return tidyPassage(trimLeadingPunctuation(parseExcerpt(data.excerpt)));
}

export interface SubPassage {
  title: string;
  url: string;
  parts: ExcerptPart[];
}

const plain = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');

/**
 * Up to two passages under the entry's own headings that hold the query's words, best first;
 * not the part before the first heading (that is the result itself), not a heading alone, and
 * not a passage the result already shows.
 */
export function subPassages(data: PagefindData, shown: ExcerptPart[]): SubPassage[] {
  const shownText = plain(shown);
  const scored: { sub: SubPassage; score: number }[] = [];
  for (const sub of data.sub_results ?? []) {
    if (!sub.url.includes('#') || !/^h[2-6]$/i.test(sub.anchor?.element ?? '')) continue;
    const parts = tidyPassage(trimLeadingPunctuation(withoutHeading(parseExcerpt(sub.excerpt), sub.title)));
    if (!parts.some((p) => p.mark) || plain(parts) === shownText) continue;
    scored.push({ sub: { title: sub.title, url: sub.url, parts }, score: best(sub.weighted_locations)?.balanced_score ?? 0 });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUB_RESULTS)
    .map((s) => s.sub);
}

/**
 * A sub-result's excerpt can start with (the end of) its heading, which the result already shows
 * as the link: that part goes.
 */
function withoutHeading(parts: ExcerptPart[], heading: PagefindSubResult['title']): ExcerptPart[] {
  const text = plain(parts).trimStart();
  const title = heading.trim();
  let cut = 0;
  for (let start = 0; start < title.length - 1 && cut === 0; start++) {
    const tail = title.slice(start);
    if (text.startsWith(tail)) cut = tail.length;
  }
  if (cut === 0) return parts;
  let skip = plain(parts).length - text.length + cut;
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    if (skip >= part.text.length) {
      skip -= part.text.length;
      continue;
    }
    out.push(skip > 0 ? { ...part, text: part.text.slice(skip) } : part);
    skip = 0;
  }
  return out;
}

/**
 * Pagefind joins block elements (list items, table cells) with ". ", which reads wrongly in
 * Chinese: after a Chinese character it becomes "。".
 */
export function tidyPassage(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    const text = part.text.replace(/(?<=\p{Script=Han})\. ?/gu, '。');
    // A highlight ends at the word: the space Pagefind keeps after it is not part of it.
    const space = part.mark ? (/\s+$/.exec(text)?.[0] ?? '') : '';
    out.push({ ...part, text: text.slice(0, text.length - space.length) });
    if (space) out.push({ text: space, mark: false });
  }
  return out;
}
