import type { Page } from 'playwright-core';

/** What the keyboard focus is on, as a keyboard user would judge it. */
export interface Focused {
  /** `a`, `input`, `button`, ... or `body` when nothing is focused. */
  tag: string;
  /** The accessible name as far as a quick look can tell: aria-label, label, text or value. */
  name: string;
  /** A short description for failure messages: `a[href="/faq/"] 常见问题`. */
  describe: string;
  /** The page region it is in: `header`, `main`, `footer`, `dialog`, or '' between them. */
  region: string;
  /** An outline or box-shadow shows where the focus is. */
  focusVisible: boolean;
  /** Fully within the viewport (the page scrolled it into view). */
  inViewport: boolean;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { tag: 'body', name: '', describe: 'body', region: '', focusVisible: false, inViewport: false };
    }
    const labelled = el.getAttribute('aria-labelledby');
    const label =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || null) ??
      (el.textContent.trim() || (el as HTMLInputElement).value || el.getAttribute('title') || '');
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const region = el.closest('dialog, header, main, footer')?.tagName.toLowerCase() ?? '';
    const tag = el.tagName.toLowerCase();
    const href = el.getAttribute('href');
    return {
      tag,
      name: label.trim(),
      describe: `${tag}${href ? `[href="${href}"]` : ''}${el.id ? `#${el.id}` : ''} ${label.trim().slice(0, 40)}`,
      region,
      focusVisible: outlined || shadowed,
      inViewport: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
    };
  });
}

/** Presses Tab (or Shift+Tab) and returns where the focus went. */
export async function tab(page: Page, backwards = false): Promise<Focused> {
  await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  return focused(page);
}

/** Tabs until `until` holds, and returns every stop on the way (the last one included). */
export async function tabUntil(page: Page, until: (f: Focused) => boolean, maxStops = 60): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < maxStops; i++) {
    const stop = await tab(page);
    stops.push(stop);
    if (until(stop)) return stops;
  }
  throw new Error(`Focus never got there in ${maxStops} Tab presses; stops: ${stops.map((s) => s.describe).join(' → ')}`);
}

/** The focusable elements inside a selector, in DOM order, described like `focused()` does. */
export async function focusablesIn(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(
    `${selector} :is(a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]))`,
    (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null && !(el as HTMLButtonElement).disabled)
        .map((el) => {
          const href = el.getAttribute('href');
          return `${el.tagName.toLowerCase()}${href ? `[href="${href}"]` : ''}${el.id ? `#${el.id}` : ''}`;
        }),
  );
}
