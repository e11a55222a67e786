import { onFirstUse } from '../first-use';

const COPY_BUTTON = '[data-copy-value], [data-copy-hash]';

function savedTicks(list: HTMLElement | null): boolean {
  try {
    return Boolean(list?.dataset.storageKey && localStorage.getItem(list.dataset.storageKey));
  } catch {
    return false;
  }
}

/**
 * A checklist page's controls (copy buttons, ticks remembered on this device) with their code
 * loaded on demand: at once when this device has ticks saved for the page, to show them,
 * otherwise on the reader's first touch, key or focus. Until then nothing runs. A copy button
 * pressed or a box ticked before the code arrives is handled once it has.
 */
export function enhanceChecklistPageOnDemand(): void {
  const list = document.querySelector<HTMLElement>('[data-checklist]');
  if (!list && !document.querySelector(COPY_BUTTON)) return;
  let ready = false;
  let pressed: HTMLElement | null = null;
  let ticked: HTMLInputElement | null = null;

  const load = onFirstUse(document, () => {
    void import('./checklist-page')
      .then((m) => {
        m.enhanceChecklistPage();
        ready = true;
        // What the reader did while the code was on its way, done now.
        ticked?.dispatchEvent(new Event('change', { bubbles: true }));
        pressed?.click();
      })
      .catch(() => undefined);
  });

  document.addEventListener(
    'click',
    (event) => {
      if (ready) return;
      pressed = (event.target as Element | null)?.closest<HTMLElement>(COPY_BUTTON) ?? pressed;
      load();
    },
    true,
  );
  list?.addEventListener('change', (event) => {
    if (!ready && event.target instanceof HTMLInputElement && event.target.matches('[data-tick]')) ticked = event.target;
  });
  if (savedTicks(list)) load();
}
