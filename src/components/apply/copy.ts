/**
 * Copies with the Clipboard API; false where it is missing or refused (old in-app browsers,
 * plain-HTTP pages), so the caller can select the text and ask the reader to copy it.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
