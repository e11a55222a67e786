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
 * result. `heading` holds the title word by word; `terms` each of the entry's aliases (how
 * merchants phrase the question) word by word, separated by `TERMS_SEPARATOR`; `related` the
 * synonyms of what the entry is about.
 */
export const META_FIELDS = { heading: 'heading', terms: 'terms', related: 'related' } as const;

/** Between two aliases in the `terms` field: not a word, so Pagefind indexes nothing for it. */
export const TERMS_SEPARATOR = ' | ';

/**
 * Pagefind's ranking settings. Boosts per metadata field: Pagefind stores the page title
 * unsegmented (a Chinese title is one long "word"), so its own title boost would fire only when a
 * query starts the title: it is switched off, and the segmented title in `heading` does that job.
 * An alias matching the query counts most. Term frequency counts half: an entry that says a word
 * ten times is not ten times the answer.
 */
export const RANKING = {
  termFrequency: 0.5,
  metaWeights: {
    title: 0,
    answer: 0,
    [META_FIELDS.heading]: 1,
    [META_FIELDS.terms]: 3,
    [META_FIELDS.related]: 1,
  },
};
