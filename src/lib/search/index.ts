/**
 * Search: the query as the site sends it to Pagefind (`query`, `engine`), the passages and
 * excerpts results show (`passage`, `excerpt`), the weights of titles, aliases and answers in the
 * ranking (`weights`), and the aliases and synonyms added to the index at build time (`manifest`,
 * `index-terms`). The dialog's scripts import the browser modules themselves, so nothing here
 * loads with a page.
 */
export { buildManifest } from './manifest';
export { SEARCH_DEBOUNCE_MS } from './engine';
export { ANSWER_WEIGHT } from './weights';
export type { IndexTermsManifest } from './index-terms';
