/** Ticked documents are kept per page, so two merchant types never share their ticks. */
export function checklistKey(pagePath: string): string {
  return `pos-help:checklist:${pagePath}`;
}

/**
 * Reads what was stored, tolerating anything: a missing value, broken JSON, a value from an
 * older page version. Only ids that still exist on the page come back, each once.
 */
export function parseChecked(raw: string | null | undefined, validIds: readonly string[]): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const valid = new Set(validIds);
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && valid.has(v)))];
}

export function serializeChecked(ids: Iterable<string>): string {
  return JSON.stringify([...new Set(ids)].sort());
}

/** The self-check's progress line. */
export function progressText(ticked: number, total: number): string {
  return `已备好 ${ticked} / ${total} 项（勾选只保存在这台设备上）`;
}
