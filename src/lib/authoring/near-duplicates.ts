import type { ContentProblem } from '../content/checks';
import { fileOf, keyOf, type AnyEntry } from '../content/types';
import { itemAt } from '../required';

/** Above this similarity two titles (or two descriptions) say the same thing. */
export const NEAR_DUPLICATE = 0.5;

type Vector = Map<string, number>;

/** Pairs of characters of a text, punctuation and spaces left out: Chinese has no word breaks to rely on. */
function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let previous = '';
  for (const char of text.replace(/[\s\p{P}\p{S}]/gu, '')) {
    const gram = previous + char;
    if (previous) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    previous = char;
  }
  return counts;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [gram, x] of a) {
    na += x * x;
    dot += x * (b.get(gram) ?? 0);
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Similarity of every pair of texts, with pairs of characters weighted by how rare they are
 * among all the texts (so 结算 or POS 机, which are everywhere, count for little).
 */
export function similarity(texts: string[]): (i: number, j: number) => number {
  const counts = texts.map(bigrams);
  const df = new Map<string, number>();
  for (const c of counts) for (const gram of c.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const vectors = counts.map((c) => new Map([...c].map(([gram, n]) => [gram, n * Math.log(texts.length / (df.get(gram) ?? 1))])));
  return (i, j) => cosine(itemAt(vectors, i), itemAt(vectors, j));
}

/**
 * Entries in different collections whose titles or descriptions say nearly the same thing: two
 * answers to one question drift apart and compete in search. A glossary title is a bare term and
 * is compared by its description only.
 */
export function nearDuplicates(entries: AnyEntry[], threshold = NEAR_DUPLICATE): ContentProblem[] {
  const list = entries.flatMap((entry) =>
    'title' in entry.data ? [{ entry, title: entry.data.title, description: entry.data.description }] : [],
  );
  const title = similarity(list.map((e) => e.title));
  const description = similarity(list.map((e) => e.description));
  const problems: ContentProblem[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [itemAt(list, i).entry, itemAt(list, j).entry];
      if (a.collection === b.collection) continue;
      const glossary = a.collection === 'glossary' || b.collection === 'glossary';
      for (const [field, score] of [
        ['title', glossary ? 0 : title(i, j)],
        ['description', description(i, j)],
      ] as const) {
        if (score < threshold) continue;
        problems.push({
          file: fileOf(b),
          field,
          message: `和 ${keyOf(a)}（${fileOf(a)}）的 ${field} 几乎一样（相似度 ${score.toFixed(2)}）：同一个问题有两篇回答，会互相矛盾、在搜索里抢位置`,
          fix: `确实是同一个问题的，合并成一篇，删掉另一篇并在 content/redirects/redirects.yaml 里把旧地址转到留下的那篇；不是同一个问题的，改写 ${field}，说清两篇的区别`,
        });
      }
    }
  }
  return problems;
}
