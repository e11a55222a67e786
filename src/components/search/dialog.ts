/**
 * The header's search dialog: opening and closing it, keeping the focus inside while it is
 * open, and its panel. Loaded with its styles when the reader first reaches for search
 * (`openSearchOnDemand` in ./header), so no page carries it before.
 */
import styles from './panel.css?url';
import { basePath, OFFICIAL_SITE } from '../../lib/content/urls';
import { searchPanelHtml } from '../../lib/search/panel-markup';
import { SECTION_LABELS } from '../../schemas/sections';
import { loadPagefind, mountPanel } from './panel';

/**
 * Adds the dialog's stylesheet to the page and resolves once it applies, so the dialog never
 * shows unstyled. It is a file (the policy allows styles from the site itself), not part of
 * every page's inline styles.
 */
export function loadStyles(hrefs: string[] = [styles]): Promise<void> {
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
  dialog: HTMLDialogElement;
  /** Opens the dialog with the focus in its field. */
  open(): void;
  /** Closes it and puts the focus back where it was, in the same task. */
  close(): void;
  /** Starts loading the index, so the first results do not wait for it. */
  warmUp(): void;
}

export interface DialogParts {
  /** The header's search, which the dialog joins and whose `data-search-state` it keeps. */
  root: HTMLElement;
  openButton: HTMLButtonElement;
}

/** The dialog with its title, close button and search panel, added to the header's search. */
function addDialog(root: HTMLElement): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.dataset.searchDialog = '';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  // Static markup from the site's own code; nothing the reader typed goes into it.
  dialog.innerHTML =
    '<div class="dialog-head"><h2 id="search-dialog-title">搜索</h2>' +
    '<button type="button" class="close button secondary" data-search-close>关闭</button></div>' +
    searchPanelHtml({
      id: 'dialog-search',
      showLabel: false,
      syncUrl: false,
      base: basePath(),
      sectionOrder: SECTION_LABELS,
      officialSite: OFFICIAL_SITE,
    });
  root.append(dialog);
  return dialog;
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

export function searchDialog({ root, openButton }: DialogParts): SearchDialog {
  const dialog = addDialog(root);
  const panelRoot = dialog.querySelector<HTMLElement>('[data-search-panel]');
  if (!panelRoot) throw new Error('the search dialog has no panel');
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

  return {
    dialog,
    open,
    close,
    warmUp: () => {
      loadPagefind().catch(() => undefined);
    },
  };
}
