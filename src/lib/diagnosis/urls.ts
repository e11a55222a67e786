import { withBase } from '../content/urls';

export const TROUBLESHOOT_PATH = '/troubleshoot/';

/** The page of one diagnosis step: `/troubleshoot/<id>/` under the base path. */
export function stepUrl(id: string, base?: string): string {
  return withBase(`${TROUBLESHOOT_PATH}${id}/`, base);
}

export function startUrl(base?: string): string {
  return withBase(TROUBLESHOOT_PATH, base);
}
