import type { Browser } from 'playwright-core';
import { runAxe, type AxeViolation } from './axe';
import { forEachPage } from './pool';
import { loadAndWatch, recordCspViolations, type RuntimeProblems } from './runtime';
import { COLOR_SCHEMES, VIEWPORTS } from './variants';

export interface PageResult {
  page: string;
  /** `desktop`, `phone`, ... */
  viewport: string;
  runtime: RuntimeProblems;
  /** axe violations per colour scheme. */
  axe: { scheme: string; violations: AxeViolation[] }[];
}

/**
 * Loads every page once per viewport in one browser, recording CSP violations, console errors
 * and failed requests while it loads, then runs axe on it in light and in dark (switching the
 * colour scheme only re-renders the page). Nothing stops the sweep early: every problem on
 * every page is reported.
 */
export async function sweepPages(browser: Browser, origin: string, paths: readonly string[]): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const viewport of VIEWPORTS) {
    await forEachPage(
      browser,
      viewport.options,
      paths,
      async (page, path) => {
        await page.emulateMedia({ colorScheme: 'light' });
        const runtime = await loadAndWatch(page, origin + path);
        const axe = [];
        for (const scheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          axe.push({ scheme, violations: await runAxe(page) });
        }
        results.push({ page: path, viewport: viewport.name, runtime, axe });
      },
      { prepare: recordCspViolations },
    );
  }
  return results.sort((a, b) => a.page.localeCompare(b.page) || a.viewport.localeCompare(b.viewport));
}

/** The non-empty findings of one kind, labelled with page and viewport, for a readable diff. */
export function findings<T>(results: PageResult[], pick: (r: PageResult) => T[]): { page: string; viewport: string; found: T[] }[] {
  return results.map((r) => ({ page: r.page, viewport: r.viewport, found: pick(r) })).filter((r) => r.found.length > 0);
}
