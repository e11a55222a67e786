import { withBase } from '../content/urls';
import { CHECKLIST_PAGE } from '../../schemas/diagnosis';

export const TROUBLESHOOT_PATH = '/troubleshoot/';

/** The page of one diagnosis step: `/troubleshoot/<id>/` under the base path. */
export function stepUrl(id: string, base?: string): string {
  return withBase(`${TROUBLESHOOT_PATH}${id}/`, base);
}

export function startUrl(base?: string): string {
  return withBase(TROUBLESHOOT_PATH, base);
}

/** The whole diagnosis on one page: its drawings and the text checklist, to read, print or keep offline. */
export function checklistUrl(base?: string): string {
  return withBase(`${TROUBLESHOOT_PATH}${CHECKLIST_PAGE}/`, base);
}
