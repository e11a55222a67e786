import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with a short summary of the failure. */
  nodes: string[];
}

/** The rules whose outcome a change of colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Blocks with `content-visibility: auto` (`.lazy-render`) get their real size only when the
 * browser renders them, which can happen between axe's steps and move everything after them:
 * axe then judges targets at positions they have left (dequelabs/axe-core#2768). They are
 * rendered first (set through the CSSOM, which the page's policy allows), and axe starts once a
 * frame has been drawn with them, so it measures the layout a reader who scrolls there sees.
 */
async function renderDeferredBlocks(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((drawn) => {
        for (const block of document.querySelectorAll<HTMLElement>('.lazy-render')) block.style.contentVisibility = 'visible';
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            drawn();
          });
        });
      }),
  );
}

/**
 * Runs axe-core in the page: every WCAG A/AA rule, or only `rules` (for a re-run after a change
 * that cannot affect the others). It is evaluated through the DevTools protocol rather than added
 * as a <script>, so the page's CSP (no inline script) does not stop it.
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  await renderDeferredBlocks(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, opts),
    options,
  );
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`),
  }));
}
