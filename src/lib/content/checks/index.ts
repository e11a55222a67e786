import { checkDocumentAnchors } from './anchors';
import { checkNestedIds } from './duplicates';
import { checkFeeIds } from './fees';
import { checkChannelLinks, checkRelated } from './references';
import type { ContentCheck, ContentProblem, SiteContent } from './types';

/** Every cross-entry rule the build enforces. Add a check here and it runs on every build. */
export const CONTENT_CHECKS: ContentCheck[] = [checkRelated, checkChannelLinks, checkNestedIds, checkDocumentAnchors, checkFeeIds];

export function runContentChecks(content: SiteContent, checks: ContentCheck[] = CONTENT_CHECKS): ContentProblem[] {
  return checks.flatMap((check) => check(content));
}

export * from './types';
export { checkFileNames, checkUniqueIds } from './duplicates';
