import { builtPages, readPage } from './dist';
import { describeSelection, kindsOf, routePattern, selectPages, type PageKinds, type SelectedPage } from './page-selection';

/** Every built page with its route pattern and the kinds of thing on it. */
export function pageKinds(dist: string): PageKinds[] {
  return builtPages(dist).map((path) => ({ path, pattern: routePattern(path), kinds: kindsOf(readPage(path, dist)) }));
}

const selections = new Map<string, SelectedPage[]>();

/**
 * The pages the browser gates visit in a build (see page-selection.ts), printed once per test
 * file so the log shows what was visited and why.
 */
export function browserGatePages(dist: string): string[] {
  let selection = selections.get(dist);
  if (!selection) {
    const pages = pageKinds(dist);
    selection = selectPages(pages);
    selections.set(dist, selection);
    console.log(describeSelection(selection, pages.length));
  }
  return selection.map((s) => s.path);
}
