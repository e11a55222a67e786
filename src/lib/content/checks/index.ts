import { checkDocumentAnchors } from './anchors';
import { checkNestedIds } from './duplicates';
import { checkFeeIds } from './fees';
import { checkChannelLinks, checkRelated } from './references';
import type { ContentCheck, ContentProblem, SiteContent } from './types';

/** Every cross-entry rule the build enforces. Add a check here and it runs on every build. */
export const CONTENT_CHECKS: ContentCheck[] = [checkRelated, checkChannelLinks, checkNestedIds, checkDocumentAnchors, checkFeeIds];

/** `unparsed`: keys of entries that exist but failed their schema (see `ContentCheck`). */
export function runContentChecks(content: SiteContent, unparsed: ReadonlySet<string> = new Set(), checks: ContentCheck[] = CONTENT_CHECKS): ContentProblem[] {
  return checks.flatMap((check) => check(content, unparsed));
}

export * from './types';
export { checkFileNames, checkUniqueIds } from './duplicates';
