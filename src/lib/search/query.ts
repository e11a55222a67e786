/**
 * Turning what a merchant types into Pagefind queries. Pagefind matches every query word as a
 * prefix and requires all of them, so a natural question ("手续费怎么算") easily asks for a word
 * no page contains ("怎么"). The plan keeps the words that carry the topic; the engine searches
 * them together, then one by one when few pages have them all.
 */

/** Longest query sent to the index; longer input is cut (a pasted paragraph is not a query). */
export const MAX_QUERY_LENGTH = 64;

/** Filler that carries no topic: never searched for. */
const FILLER = new Set(
  (
    '怎么 怎么办 怎样 怎么样 如何 什么 为什么 为啥 咋 咋办 吗 呢 吧 啊 呀 了 的 得 地 是 要 需要 被 把 在 我 我的 你 他 ' +
    '一直 还 都 就 也 很 太 请问 能 能不能 可以 可 哪些 哪里 哪个 多少 一下 会 该 应该 和 与 或 跟 给 让 后 时 时候 ' +
    '今天 昨天 已经 还是 不是 有没有 到底 老是 总是 突然 好 特别 提示 显示 出现'
  ).split(' '),
);

/** Filler the segmenter splits into a filler and a content word ("怎么办" → "怎么" + "办"). */
const FILLER_PHRASES = /怎么办|咋办|怎么样|怎么回事|是不是|能不能|可不可以|要不要/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAN_RUN = /\p{Script=Han}+/u;

/**
 * Cleans raw input: NFKC (full-width letters and digits become ASCII), no control or
 * direction marks, no unpaired surrogates, no quotes (Pagefind's exact-phrase mode misses most
 * Chinese matches), single spaces, bounded length.
 */
export function normalizeQuery(raw: string): string {
  const text = raw
    .replace(LONE_SURROGATE, ' ')
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/["'“”‘’「」『』《》〈〉]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(text).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

let segmenter: Intl.Segmenter | undefined;

/** "太高", "很慢", "超多": pages say "高", "慢", "多" (扣点高, 到账慢), so the degree word goes. */
function withoutDegree(word: string): string {
  return /^[太很挺超]\p{Script=Han}$/u.test(word) ? word.slice(1) : word;
}

/** Words of a normalized query: Chinese runs segmented, Latin/digit runs ("T+1", "A0") kept whole. */
export function queryWords(query: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words: string[] = [];
  for (const chunk of query.split(/[^\p{L}\p{N}+]+/u)) {
    if (!chunk) continue;
    for (const part of chunk.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (HAN_RUN.test(part)) {
        for (const s of segmenter.segment(part)) if (s.isWordLike) words.push(withoutDegree(s.segment));
      } else {
        words.push(part);
      }
    }
  }
  return words;
}

/** Whether a word carries topic rather than grammar. */
export function isContentWord(word: string): boolean {
  return !FILLER.has(word);
}

/**
 * Question words that are filler for finding pages but tell what kind of answer is wanted: a
 * definition (什么, 意思), a fix (怎么), a cause (为什么, 原因), a time (多久), a place (哪里).
 */
const INTENT = new Set('什么 意思 怎么 怎样 如何 为什么 原因 多久 哪里 多少'.split(' '));

export interface QueryPlan {
  /** The query as typed (normalized). */
  text: string;
  /** The words searched: filler dropped, degree words trimmed, each once, at most six. */
  words: string[];
  /** Question words of the query that are not searched but help rank what was found. */
  intent: string[];
  /** The query as an entry's alias or title would be written, to spot one typed word for word. */
  phrase: string;
}

/**
 * The words of a phrase in order, each once, lower case: how aliases and titles are stored in
 * the index and how a query is compared with them.
 */
export function phraseKey(text: string): string {
  return [...new Set(queryWords(text.normalize('NFKC').toLowerCase()))].join(' ');
}

/** Most words searched; a longer query is a sentence, and its first words carry the topic. */
const MAX_WORDS = 6;

/**
 * Plans a search, or returns undefined when the input has no letters or digits. A plan without
 * words means the query was only filler ("怎么办", "吗"): searching it would match nearly every
 * page, so nothing is searched.
 */
export function planQuery(raw: string): QueryPlan | undefined {
  const text = normalizeQuery(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  const content = queryWords(text.replace(FILLER_PHRASES, ' ')).filter(isContentWord);
  const words = [...new Set(content)].slice(0, MAX_WORDS);
  const intent = [...new Set(queryWords(text))].filter((w) => INTENT.has(w) && !words.includes(w));
  return { text, words, intent: words.length > 0 ? intent : [], phrase: phraseKey(text) };
}

/** A single Chinese character finds only words it starts: worth a hint to type more. */
export function isSingleHanCharacter(query: string): boolean {
  return /^\p{Script=Han}$/u.test(query.trim());
}
