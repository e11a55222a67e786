/**
 * The header search without its weight: this runs on every page and only swaps the plain form
 * for a button. The panel code and pagefind.js load when the reader reaches for search.
 */
type Panel = { focus(): void; setQuery(q: string): void };

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    // A field of a closed dialog keeps the focus until the browser notices it is hidden.
    !target.closest('dialog:not([open])')
  );
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

export function openSearchOnDemand(): void {
  const root = document.querySelector<HTMLElement>('[data-header-search]');
  const dialog = root?.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const openButton = root?.querySelector<HTMLButtonElement>('[data-search-open]');
  const panelRoot = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  if (!root || !dialog || !openButton || !panelRoot || typeof dialog.showModal !== 'function') return;

  root.dataset.enhanced = '';
  openButton.hidden = false;
  let panel: Promise<Panel> | undefined;
  let returnFocus: HTMLElement | null = null;

  const loadPanel = () => (panel ??= import('./panel').then((m) => m.mountPanel(panelRoot)));
  const warmUp = () => {
    void loadPanel()
      .then(() => import('./panel'))
      .then((m) => m.loadPagefind())
      .catch(() => undefined);
  };

  // `data-search-state` says where the dialog is: `open` once its field has the focus,
  // `closed` once the focus is back outside. Scripts and tests can wait for either.
  const setState = (state: 'open' | 'closed') => {
    root.dataset.searchState = state;
  };
  setState('closed');

  // Read through a function: the dialog can close while the panel loads.
  const isOpen = () => dialog.open;

  const open = async (): Promise<void> => {
    if (isOpen()) return;
    const active = document.activeElement;
    // Focus goes back where it was; from nowhere (the page body) it goes to the search button.
    returnFocus = active instanceof HTMLElement && active !== document.body && !dialog.contains(active) ? active : openButton;
    dialog.showModal();
    (await loadPanel()).focus();
    if (isOpen()) setState('open');
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

  openButton.addEventListener('click', () => void open());
  openButton.addEventListener('pointerenter', warmUp, { once: true });
  openButton.addEventListener('focus', warmUp, { once: true });
  // Any search field (the home page's, the search page's) starts loading the index when it gets
  // focus, so the first results do not wait for it.
  const warmOnFocus = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    document.removeEventListener('focusin', warmOnFocus);
    warmUp();
  };
  document.addEventListener('focusin', warmOnFocus);
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

  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    // Right after Escape the closed dialog's field can still hold focus until the browser moves
    // it on: a key pressed there is not typing.
    const typing = isTyping(event.target) && !(event.target instanceof Node && !dialog.open && dialog.contains(event.target));
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
    if (!shortcut && !slash) return;
    if (dialog.open && shortcut) {
      event.preventDefault();
      close();
      return;
    }
    if (dialog.open) return;
    event.preventDefault();
    void open();
  });
}

/**
 * The search page's panel, mounted by the site's one script: its code comes with the panel
 * module, loaded at once (the page may open with a query), and answers the dialog's shortcuts.
 */
export function mountSearchPageOnDemand(): void {
  const root = document.querySelector<HTMLElement>('main [data-search-panel]');
  if (!root) return;
  void import('./panel').then((m) => {
    m.focusOnShortcut(m.mountPanel(root));
  });
}
