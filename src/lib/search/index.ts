/**
 * Search: the query as the site sends it to Pagefind (`query`, `engine`), excerpts, and the
 * aliases and synonyms added to the index at build time (`manifest`, `index-terms`). The dialog's
 * scripts import the browser modules themselves, so nothing here loads with a page.
 */
export { buildManifest } from './manifest';
export { SEARCH_DEBOUNCE_MS } from './engine';
export type { IndexTermsManifest } from './index-terms';
