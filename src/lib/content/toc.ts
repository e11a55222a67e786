/** A heading as `render(entry)` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** A page needs a table of contents when it has at least this many sections. */
export const TOC_MIN_SECTIONS = 3;

/**
 * The table of contents of a page: its h2 sections with their h3 subsections. Short pages
 * (fewer than `minSections` h2 headings) get none, so the list is empty.
 */
export function tableOfContents(headings: Heading[], minSections = TOC_MIN_SECTIONS): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) items.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const item = { slug: h.slug, text: h.text, children: [] };
      const parent = items.at(-1);
      if (parent) parent.children.push(item);
      else items.push(item);
    }
  }
  const sections = headings.filter((h) => h.depth === 2).length;
  return sections >= minSections ? items : [];
}
