/**
 * Which built pages the browser gates visit. Static gates read every page in seconds; a browser
 * needs about a second a page, so the browser gates visit a selection that still meets every
 * kind of thing a page can contain: one page per route pattern, then, until nothing is left
 * out, the page that adds the most element kinds no selected page has yet. The selection is
 * computed from the built HTML alone, so a new component, widget or element in any page's
 * content (a table, a <details>, an SVG, a form control...) brings its page in by itself.
 */

/** A page as the selection sees it. */
export interface PageKinds {
  /** Site path, e.g. `/faq/money-not-arrived/` or `/404.html`. */
  path: string;
  /** The route pattern guessed from the path, e.g. `/faq/*\/`. */
  pattern: string;
  /** The kinds of thing on the page (see `kindsOf`). */
  kinds: ReadonlySet<string>;
}

export interface SelectedPage {
  path: string;
  /** The route pattern it stands for, when it was chosen for one. */
  pattern?: string;
  /** Kinds found on no page selected before it. */
  adds: string[];
}

/**
 * The route pattern of a site path: top-level pages stand for themselves (`/about/`, `/faq/`);
 * deeper pages stand for their siblings (`/faq/x/` → `/faq/*\/`, `/faq/page/2/` → `/faq/page/*\/`).
 */
export function routePattern(path: string): string {
  if (!path.endsWith('/')) return path;
  const segments = path.split('/').filter(Boolean);
  if (segments.length <= 1) return path;
  return `/${[...segments.slice(0, -1), '*'].join('/')}/`;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>/g;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
/** Script and style bodies hold no elements (JSON-LD may hold text that looks like tags). */
const RAW_TEXT = /(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi;
/** `/_astro/Header.astro_astro_type_script_index_0_lang.BqK3XRoV.js` → `Header.astro_astro_type_script_index_0_lang.js`. */
const unhashed = (url: string) => (url.split('/').pop() ?? url).replace(/\.[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');

/**
 * The kinds of thing on a page: each element (`<table>`), input and button type
 * (`input[type=radio]`), role (`[role=region]`), class (`.fee-chart`), data and ARIA attribute
 * (`[data-copy-value]`, `[aria-expanded]`), scoped-style component (`[data-astro-cid-abc123]`),
 * script and stylesheet file (`script:search.js`, `style:index.css`). Values that differ from
 * page to page (ids, links, text) are not kinds.
 */
export function kindsOf(html: string): Set<string> {
  const kinds = new Set<string>();
  for (const [, rawTag, rawAttributes = ''] of html.replace(RAW_TEXT, '$1').matchAll(TAG)) {
    const tag = rawTag!.toLowerCase();
    kinds.add(`<${tag}>`);
    for (const [, rawName, ...values] of rawAttributes.matchAll(ATTRIBUTE)) {
      const name = rawName!.toLowerCase();
      const value = values.find(Boolean) ?? '';
      if (name === 'class') for (const c of value.split(/\s+/).filter(Boolean)) kinds.add(`.${c}`);
      else if (name === 'type' && (tag === 'input' || tag === 'button')) kinds.add(`${tag}[type=${value.toLowerCase()}]`);
      else if (name === 'role') kinds.add(`[role=${value}]`);
      else if ((name.startsWith('data-') && name !== 'data-inlined-from') || name.startsWith('aria-')) kinds.add(`[${name}]`);
      else if ((name === 'src' || name === 'data-inlined-from') && tag === 'script') kinds.add(`script:${unhashed(value)}`);
      else if (name === 'href' && tag === 'link' && /\.css(\?|$)/.test(value)) kinds.add(`style:${unhashed(value)}`);
    }
  }
  return kinds;
}

/**
 * Chooses the pages to visit: for each route pattern (in path order) its page with the most
 * kinds; then, while some kind of the build is on no chosen page, the page that adds the most
 * of them (ties go to the first path). Every kind on any page ends up on a chosen page, so a
 * kind found on one page only always brings that page in. Deterministic for the same pages.
 */
export function selectPages(pages: readonly PageKinds[]): SelectedPage[] {
  const sorted = [...pages].sort((a, b) => a.path.localeCompare(b.path));
  const covered = new Set<string>();
  const chosen: SelectedPage[] = [];
  const chosenPaths = new Set<string>();
  const take = (page: PageKinds, pattern?: string) => {
    const adds = [...page.kinds].filter((k) => !covered.has(k)).sort();
    for (const kind of adds) covered.add(kind);
    chosen.push({ path: page.path, ...(pattern ? { pattern } : {}), adds });
    chosenPaths.add(page.path);
  };

  const byPattern = new Map<string, PageKinds[]>();
  for (const page of sorted) byPattern.set(page.pattern, [...(byPattern.get(page.pattern) ?? []), page]);
  for (const [pattern, group] of [...byPattern].sort(([a], [b]) => a.localeCompare(b))) {
    const richest = group.reduce((best, page) => (page.kinds.size > best.kinds.size ? page : best));
    take(richest, pattern);
  }

  for (;;) {
    let best: PageKinds | undefined;
    let bestGain = 0;
    for (const page of sorted) {
      if (chosenPaths.has(page.path)) continue;
      let gain = 0;
      for (const kind of page.kinds) if (!covered.has(kind)) gain++;
      if (gain > bestGain) {
        best = page;
        bestGain = gain;
      }
    }
    if (!best) return chosen;
    take(best);
  }
}

/** A readable account of the selection, one line a page, for the test log. */
export function describeSelection(selection: readonly SelectedPage[], total: number): string {
  const lines = selection.map((s) => {
    const why = s.pattern ? `route ${s.pattern}` : 'elements found on no page above';
    const adds = s.adds.length > 8 ? `${s.adds.slice(0, 8).join(' ')} … (+${s.adds.length - 8})` : s.adds.join(' ');
    return `  ${s.path}  [${why}]${s.adds.length > 0 ? ` adds ${adds}` : ''}`;
  });
  return [`browser gates visit ${selection.length} of ${total} pages:`, ...lines].join('\n');
}
