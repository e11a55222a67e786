/**
 * The header search without its weight: this runs on every page, swaps the plain form for a
 * button and answers the shortcuts. The dialog's code and styles, the panel and pagefind.js load
 * when the reader reaches for search (./dialog).
 */
import type { SearchDialog } from './dialog';
import { onFirstUse } from '../first-use';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    // A field of a closed dialog keeps the focus until the browser notices it is hidden.
    !target.closest('dialog:not([open])')
  );
}

export function openSearchOnDemand(): void {
  const root = document.querySelector<HTMLElement>('[data-header-search]');
  const openButton = root?.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!root || !openButton || typeof HTMLDialogElement !== 'function' || !('showModal' in HTMLDialogElement.prototype)) return;

  root.dataset.enhanced = '';
  openButton.hidden = false;
  root.dataset.searchState = 'closed';
  let loading: Promise<SearchDialog> | undefined;
  /** The dialog once its code is here: closing must not wait for anything (see its `close`). */
  let ready: SearchDialog | undefined;
  const load = () =>
    (loading ??= import('./dialog').then(async (m) => {
      await m.loadStyles();
      return (ready = m.searchDialog({ root, openButton }));
    })).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  const warmUp = () => {
    load().then(
      (d) => {
        d.warmUp();
      },
      () => undefined,
    );
  };
  // Where the plain form goes: if the dialog's code cannot load (a dropped connection), the
  // button still leads to search.
  const searchPage = root.querySelector('form')?.action;
  const open = () => {
    load().then(
      (d) => {
        d.open();
      },
      () => {
        if (searchPage) location.assign(searchPage);
      },
    );
  };

  openButton.addEventListener('click', open);
  openButton.addEventListener('pointerenter', warmUp, { once: true });
  openButton.addEventListener('focus', warmUp, { once: true });
  // Any search field (the home page's too) starts loading the index when it gets focus, so the
  // first results do not wait for it.
  const warmOnFocus = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    document.removeEventListener('focusin', warmOnFocus);
    warmUp();
  };
  document.addEventListener('focusin', warmOnFocus);

  document.addEventListener('keydown', (event) => {
    const dialog = ready?.dialog;
    const isOpen = dialog?.open ?? false;
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    // Right after Escape the closed dialog's field can still hold focus until the browser moves
    // it on: a key pressed there is not typing.
    const inClosedDialog = event.target instanceof Node && !isOpen && Boolean(dialog?.contains(event.target));
    const typing = isTyping(event.target) && !inClosedDialog;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
    if (!shortcut && !slash) return;
    if (isOpen && shortcut) {
      event.preventDefault();
      ready?.close();
      return;
    }
    if (isOpen) return;
    event.preventDefault();
    open();
  });
}

/**
 * The search page's panel: its markup is in the page, its code (./panel) loads at once when the
 * address carries a query (a link from a rep), otherwise on the reader's first touch, key or
 * focus; whatever was typed by then is searched when it arrives. The page's field answers the
 * dialog's shortcuts ("/", Ctrl+K and ⌘K) with plain focus, which needs no code.
 */
export function mountSearchPageOnDemand(): void {
  const root = document.querySelector<HTMLElement>('main [data-search-panel]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!root || !input) return;
  const mount = onFirstUse(document, () => void import('./panel').then((m) => m.mountPanel(root)));
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    input.focus();
  });
  if (new URLSearchParams(location.search).get('q')?.trim()) mount();
}
