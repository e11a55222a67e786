/**
 * Ids the merchant-type page uses for its own sections. A document with one of these ids
 * would give the page two elements with the same id and break its deep links.
 */
export const RESERVED_PAGE_IDS = [
  'main',
  'documents',
  'share',
  'self-check',
  'process',
  'channels',
  'sources-heading',
  'related-heading',
  'header-q',
  'notes',
  'copy-status',
] as const;

export function isReservedPageId(id: string): boolean {
  return (RESERVED_PAGE_IDS as readonly string[]).includes(id);
}

/** The anchors a merchant-type page publishes, `type#document`, as a sorted list. */
export function publishedAnchors(types: { id: string; documents: { id: string }[] }[]): string[] {
  return types.flatMap((t) => t.documents.map((d) => `${t.id}#${d.id}`)).sort();
}

/** Anchors in `published` that `current` no longer has. */
export function missingAnchors(published: readonly string[], current: readonly string[]): string[] {
  const now = new Set(current);
  return published.filter((a) => !now.has(a));
}
