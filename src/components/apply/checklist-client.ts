import { parseChecked, progressText, serializeChecked } from '../../lib/apply/storage';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage can be full or refused (private mode); ticks then last for this visit only.
  }
}

/**
 * Remembers a document checklist's ticks on this device. Nothing runs per document at load:
 * ticks are restored only when some were saved, and the rest waits for the reader to tick or
 * clear (one listener per list). The controls are laid out by CSS (`.js-only`), not revealed here.
 */
export function enhanceChecklists(): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const key = list.dataset.storageKey ?? '';
    const boxes = () => [...list.querySelectorAll<HTMLInputElement>('input[data-tick]')];
    const showProgress = (all: HTMLInputElement[]) => {
      const progress = list.querySelector<HTMLElement>('[data-progress]');
      if (progress) progress.textContent = progressText(all.filter((b) => b.checked).length, all.length);
    };
    const save = (all: HTMLInputElement[]) => {
      const ticked = all.filter((b) => b.checked).map((b) => b.dataset.tick ?? '');
      write(key, ticked.length > 0 ? serializeChecked(ticked) : null);
      showProgress(all);
    };

    const saved = read(key);
    if (saved) {
      const all = boxes();
      const ticked = new Set(
        parseChecked(
          saved,
          all.map((b) => b.dataset.tick ?? ''),
        ),
      );
      for (const box of all) if (ticked.has(box.dataset.tick ?? '')) box.checked = true;
      showProgress(all);
    }

    list.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.matches('[data-tick]')) save(boxes());
    });
    list.querySelector('[data-clear]')?.addEventListener('click', () => {
      const all = boxes();
      for (const box of all) box.checked = false;
      save(all);
    });
    // Ticks are remembered from here on; tests and scripts can wait for this.
    list.dataset.enhanced = '';
  }
}
