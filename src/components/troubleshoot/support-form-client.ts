import { buildSupportSummary, type SupportInput } from '../../lib/diagnosis/summary';

function update(root: HTMLElement) {
  const input: SupportInput = {};
  root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-support-field]').forEach((el) => {
    input[el.dataset.supportField as keyof SupportInput] = el.value;
  });
  const output = root.querySelector<HTMLTextAreaElement>('[data-support-output]');
  // .value is plain text: nothing typed here is ever parsed as HTML.
  if (output)
    output.value = buildSupportSummary(input, { result: root.dataset.result ?? '', url: location.href.split('#')[0] ?? location.href });
}

function enhance() {
  document.querySelectorAll<HTMLElement>('[data-support]').forEach((root) => {
    if (root.dataset.enhanced) return;
    root.dataset.enhanced = 'true';
    root.querySelector<HTMLElement>('[data-support-fields]')?.removeAttribute('hidden');
    root.querySelector<HTMLElement>('[data-support-copy]')?.removeAttribute('hidden');
    root.querySelector<HTMLElement>('[data-support-nojs]')?.setAttribute('hidden', '');
    root.querySelector<HTMLTextAreaElement>('[data-support-output]')?.setAttribute('readonly', '');
    update(root);
  });
}

async function copy(root: HTMLElement) {
  const output = root.querySelector<HTMLTextAreaElement>('[data-support-output]');
  const status = root.querySelector<HTMLElement>('[data-support-status]');
  if (!output || !status) return;
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = '已复制。可以粘贴到和官方客服的对话里了。';
  } catch {
    output.focus();
    output.select();
    status.textContent = '已选中全部文字，请长按选择“复制”，或按 Ctrl+C 复制。';
  }
}

/**
 * The "ready for support" form on an ending: builds the summary as the reader types and copies it.
 * Listens on the document, so an ending shown in place by the navigator works too.
 */
export function enhanceSupportForms(): void {
  document.addEventListener('input', (event) => {
    const root = (event.target as Element | null)?.closest<HTMLElement>('[data-support]');
    if (root && (event.target as HTMLElement).dataset.supportField) update(root);
  });
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('[data-support-copy]');
    const root = button?.closest<HTMLElement>('[data-support]');
    if (root) void copy(root);
  });
  document.addEventListener('diagnosis:swap', enhance);
  enhance();
}
