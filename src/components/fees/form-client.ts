/**
 * Browser side of the fee tools: reads a form, shows per-field messages, renders the result and
 * keeps the page URL equal to the inputs so the link can be shared. Shared by every tool page.
 */
import { formFromQuery, queryFromForm, type FieldErrors, type RawForm, type Validated } from '../../lib/fees/forms';

export interface ToolBinding<T> {
  form: HTMLFormElement;
  fields: readonly string[];
  validate: (form: RawForm) => Validated<T>;
  render: (value: T) => void;
  /** Where results go; hidden until there is something to show. */
  output: HTMLElement;
}

function readForm(form: HTMLFormElement, fields: readonly string[]): RawForm {
  const data = new FormData(form);
  const raw: RawForm = {};
  for (const name of fields) {
    const value = data.get(name);
    if (typeof value === 'string') raw[name] = value;
  }
  return raw;
}

function fillForm(form: HTMLFormElement, raw: RawForm): void {
  for (const [name, value] of Object.entries(raw)) {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement) control.value = value;
    else if (control instanceof RadioNodeList) {
      for (const node of Array.from(control)) if (node instanceof HTMLInputElement) node.checked = node.value === value;
    }
  }
}

function showErrors(form: HTMLFormElement, fields: readonly string[], errors: FieldErrors, focus: boolean): void {
  let first: HTMLInputElement | undefined;
  for (const name of fields) {
    const input = form.elements.namedItem(name);
    if (!(input instanceof HTMLInputElement) || !input.dataset.errorId) continue;
    const message = document.getElementById(input.dataset.errorId);
    const error = errors[name];
    const describedBy = [input.dataset.hintId, error ? input.dataset.errorId : undefined].filter(Boolean).join(' ');
    if (describedBy) input.setAttribute('aria-describedby', describedBy);
    else input.removeAttribute('aria-describedby');
    if (error) {
      input.setAttribute('aria-invalid', 'true');
      first ??= input;
    } else input.removeAttribute('aria-invalid');
    if (message) {
      message.textContent = error ?? '';
      message.hidden = !error;
    }
  }
  if (focus) first?.focus();
}

/** Wires a tool: submit computes, a shared link (query string) fills the form and computes on load. */
export function bindTool<T>({ form, fields, validate, render, output }: ToolBinding<T>): void {
  const run = (raw: RawForm, focusErrors: boolean) => {
    const result = validate(raw);
    if (!result.ok) {
      showErrors(form, fields, result.errors, focusErrors);
      output.hidden = true;
      return;
    }
    showErrors(form, fields, {}, false);
    render(result.value);
    output.hidden = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const raw = readForm(form, fields);
    history.replaceState(null, '', `${location.pathname}${queryFromForm(raw, fields)}`);
    run(raw, true);
    updateShareLink(output);
  });

  const shared = formFromQuery(location.search, fields);
  if (Object.keys(shared).length > 0) {
    fillForm(form, shared);
    run(readForm(form, fields), false);
    updateShareLink(output);
  }

  for (const button of output.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    button.hidden = !navigator.clipboard;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(location.href).then(() => {
        button.textContent = '已复制';
      });
    });
  }
  // The tool answers from here on without sending the form; tests and scripts can wait for this.
  form.dataset.toolReady = '';
}

function updateShareLink(output: HTMLElement): void {
  for (const link of output.querySelectorAll<HTMLAnchorElement>('[data-share-link]')) link.href = location.href;
  for (const button of output.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) button.textContent = '复制链接';
}

/** Sets the text of every element marked data-out="key" inside root. */
export function setOutputs(root: HTMLElement, values: Record<string, string>): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-out]')) {
    const value = el.dataset['out'] === undefined ? undefined : values[el.dataset['out']];
    if (value !== undefined) el.textContent = value;
  }
}
