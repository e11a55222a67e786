/**
 * How much each part of a page counts in the search ranking. Pagefind weighs body text per
 * element (a paragraph 1, an <h2> 6, an <h1> 7) and adds a boost when the query's words are
 * found in a metadata field, scaled by how much of the query the field covers. Both are fixed
 * when the index is built or loaded, so ranking costs nothing per keystroke.
 */

/** The entry's short answer (FAQ `answer`, otherwise its `description`), set on its element. */
export const ANSWER_WEIGHT = 2;

/** Pagefind's weight for words in the page's <h1> (its title). */
export const TITLE_WEIGHT = 7;

/**
 * Metadata fields the index adds for search only (see `index-terms.ts`); they never show in a
 * result. `terms` holds the title and the entry's aliases (how merchants phrase the question),
 * word by word; `related` the synonyms of the terms the entry is about.
 */
export const META_FIELDS = { terms: 'terms', related: 'related' } as const;

/**
 * Boosts per metadata field. Pagefind stores the page title unsegmented (a Chinese title is one
 * long "word"), so its own title boost would fire only when a query starts the title: it is
 * switched off, and the segmented title in `terms` does that job.
 */
export const META_WEIGHTS: Record<string, number> = {
  title: 0,
  answer: 0,
  description: 0,
  [META_FIELDS.terms]: 6,
  [META_FIELDS.related]: 1,
};
