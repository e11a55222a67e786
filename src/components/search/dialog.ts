/**
 * The header's search dialog: opening and closing it, keeping the focus inside while it is
 * open, and its panel. Loaded with its styles when the reader first reaches for search
 * (`openSearchOnDemand` in ./header), so no page carries it before.
 */
import panelStyles from './panel.css?url';
import dialogStyles from './dialog.css?url';
import { loadPagefind, mountPanel } from './panel';

/**
 * Adds the dialog's stylesheets to the page and resolves once they apply, so the dialog never
 * shows unstyled. They are files (the policy allows styles from the site itself), not part of
 * every page's inline styles.
 */
export function loadStyles(hrefs: string[] = [panelStyles, dialogStyles]): Promise<void> {
  return Promise.all(
    hrefs.map(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.addEventListener(
            'load',
            () => {
              resolve();
            },
            { once: true },
          );
          link.addEventListener(
            'error',
            () => {
              reject(new Error(`the stylesheet ${href} did not load`));
            },
            { once: true },
          );
          document.head.append(link);
        }),
    ),
  ).then(() => undefined);
}

export interface SearchDialog {
  /** Opens the dialog with the focus in its field. */
  open(): void;
  /** Closes it and puts the focus back where it was, in the same task. */
  close(): void;
  /** Starts loading the index, so the first results do not wait for it. */
  warmUp(): void;
}

export interface DialogParts {
  root: HTMLElement;
  dialog: HTMLDialogElement;
  openButton: HTMLButtonElement;
  panelRoot: HTMLElement;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the dialog: a modal dialog alone lets focus leave for the browser's own UI. */
function trapFocus(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null || el === document.activeElement,
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (document.activeElement === last || !dialog.contains(document.activeElement))) {
    event.preventDefault();
    first.focus();
  }
}

export function searchDialog({ root, dialog, openButton, panelRoot }: DialogParts): SearchDialog {
  const panel = mountPanel(panelRoot);
  let returnFocus: HTMLElement | null = null;

  // `data-search-state` says where the dialog is: `open` once its field has the focus,
  // `closed` once the focus is back outside. Scripts and tests can wait for either.
  const setState = (state: 'open' | 'closed') => {
    root.dataset.searchState = state;
  };

  const open = (): void => {
    if (dialog.open) return;
    const active = document.activeElement;
    // Focus goes back where it was; from nowhere (the page body) it goes to the search button.
    returnFocus = active instanceof HTMLElement && active !== document.body && !dialog.contains(active) ? active : openButton;
    dialog.showModal();
    panel.focus();
    setState('open');
  };

  /**
   * Closes the dialog and puts the focus back in the same task. The browser's `close` event
   * comes a task later: a key pressed in between ("/" right after Escape) would otherwise go to
   * the hidden field of the closed dialog, or the late event would move the focus of a dialog
   * opened again in the meantime.
   */
  const close = (): void => {
    if (!dialog.open) return;
    dialog.close();
    (returnFocus ?? openButton).focus();
    returnFocus = null;
    setState('closed');
  };

  dialog.addEventListener('keydown', (event) => {
    trapFocus(dialog, event);
  });
  // Escape (and a phone's back gesture) asks the dialog to close: close it our way.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', close);
  // A click on the backdrop (outside the dialog box) closes it, as people expect on phones.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) close();
    }
  });

  return { open, close, warmUp: () => void loadPagefind().catch(() => undefined) };
}
