/**
 * Copies with the Clipboard API; false where it is missing or refused (old in-app browsers,
 * plain-HTTP pages), so the caller can select the text and ask the reader to copy it.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Where the API is missing, this throws a TypeError, caught below like a refusal.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Any element with data-copy-value copies it; data-copy-hash copies this page's link to that
 * anchor. One listener on the document, so the buttons need no setup of their own.
 */
export function enhanceCopyButtons(): void {
  const panel = document.querySelector<HTMLElement>('[data-copy-panel]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const fallback = document.querySelector<HTMLElement>('[data-copy-fallback]');
  const fallbackText = document.querySelector<HTMLTextAreaElement>('[data-copy-fallback-text]');
  const announce = document.querySelector<HTMLElement>('[data-copy-announce]');
  const close = document.querySelector<HTMLButtonElement>('[data-copy-close]');
  let timer: number | undefined;

  function say(message: string) {
    if (status) status.textContent = message;
    // Cleared first so the same message twice is announced twice.
    if (announce) {
      announce.textContent = '';
      window.setTimeout(() => (announce.textContent = message), 50);
    }
  }

  function hide() {
    if (panel) panel.hidden = true;
    if (fallback) fallback.hidden = true;
  }

  close?.addEventListener('click', hide);

  async function copyFrom(event: MouseEvent): Promise<void> {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-value], [data-copy-hash]');
    if (!button || !panel || !status || !fallback || !fallbackText) return;
    const hash = button.dataset.copyHash;
    const page = location.origin + location.pathname;
    const text = hash !== undefined ? (hash ? `${page}#${hash}` : page) : (button.dataset.copyValue ?? '');
    const what = button.dataset.copyWhat ?? '内容';
    window.clearTimeout(timer);
    panel.hidden = false;
    if (await copyText(text)) {
      fallback.hidden = true;
      say(`已复制${what}，可以粘贴到微信里发送。`);
      timer = window.setTimeout(hide, 6000);
    } else {
      say(`请手动复制${what}。`);
      fallbackText.value = text;
      fallback.hidden = false;
      fallbackText.focus();
      fallbackText.select();
    }
  }

  document.addEventListener('click', (event) => void copyFrom(event));
}
