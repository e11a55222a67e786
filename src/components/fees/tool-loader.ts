import { onFirstUse } from '../first-use';

/**
 * Runs `load` once: at once when the address has a query (a shared link, computed on arrival),
 * otherwise on the reader's first use of the form. Until then the page holds only the plain
 * GET form, which works without the code: sent, it lands on the address `load` computes from.
 */
export function loadWhenUsed(form: HTMLFormElement, load: () => Promise<void>): void {
  // A failed load leaves the plain form, which still works by sending it.
  const start = onFirstUse(form, () => void load().catch(() => undefined));
  if (location.search) start();
}

/**
 * The fee tools (calculator, check, compare) on the page, if any, with their code (forms, money,
 * charts) loaded on first use: nothing stands between a tool page and its first paint.
 */
export function enhanceFeeToolsOnDemand(): void {
  const form = document.querySelector<HTMLFormElement>('form.tool');
  if (!form) return;
  loadWhenUsed(form, async () => {
    const { bindCalculator, bindCheck, bindCompare } = await import('./tools-client');
    bindCalculator();
    bindCheck();
    bindCompare();
  });
}
