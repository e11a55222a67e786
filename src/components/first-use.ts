/** What a reader does first: a touch or click, a key, or moving the focus. */
const FIRST_USE = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * Runs `run` once, on the reader's first use of `target` (a touch, key or focus inside it; the
 * document for the whole page). Returns a function that runs it at once instead, for when the
 * page needs the code before the reader does anything; either way it runs only once.
 */
export function onFirstUse(target: EventTarget, run: () => void): () => void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) target.removeEventListener(type, start, true);
    run();
  };
  for (const type of FIRST_USE) target.addEventListener(type, start, true);
  return start;
}
