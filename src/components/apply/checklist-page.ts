import { enhanceChecklists } from './checklist-client';
import { enhanceCopyButtons } from './copy';

/** Everything a checklist page's controls do: the copy buttons and the remembered ticks. */
export function enhanceChecklistPage(): void {
  enhanceCopyButtons();
  enhanceChecklists();
}
