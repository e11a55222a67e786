import type { PreviewCard } from './preview';

/** The site-wide link preview, used by every page without one of its own. */
export const DEFAULT_PREVIEW_IMAGE = '/og/default.png';

/** What the previews are drawn from: the same labels and entries the pages show. */
export interface PreviewSources {
  siteName: string;
  tagline: string;
  note: string;
  /** Section indexes and pages like them (the troubleshooter's start): titled with the label, described by the blurb. */
  indexes: { page: string; label: string; blurb: string }[];
  /** Other pages with a preview of their own, each with its section. Pages are site paths (`/channels/x/`). */
  pages: { page: string; section: string; title: string; description: string }[];
}

export interface PagePreview {
  /** The page as a site path without the base path: `/faq/`, `/requirements/geti/`. */
  page: string;
  /** The image as a site path without the base path: `/og/faq.png`. */
  image: string;
  alt: string;
  card: PreviewCard;
}

/** `/faq/` → `/og/faq.png`, `/requirements/geti/` → `/og/requirements/geti.png`. */
export function previewImagePath(page: string): string {
  const path = page.replace(/^\/+|\/+$/g, '');
  if (!path) throw new Error('the home page uses the site-wide preview');
  return `/og/${path}.png`;
}

/** The site-wide preview: the site's name and tagline. */
export function defaultPreview(sources: PreviewSources): Omit<PagePreview, 'page'> {
  return {
    image: DEFAULT_PREVIEW_IMAGE,
    alt: `${sources.siteName}：${sources.tagline}`,
    card: { title: sources.tagline, siteName: sources.siteName, note: sources.note },
  };
}

/** Every page that gets a preview of its own: `sources.indexes` and `sources.pages`. */
export function pagePreviews(sources: PreviewSources): PagePreview[] {
  const common = { siteName: sources.siteName, note: sources.note };
  const previews: PagePreview[] = [
    ...sources.indexes.map(({ page, label, blurb }) => ({
      page,
      alt: `${label}：${blurb}`,
      card: { ...common, title: label, subtitle: blurb },
    })),
    ...sources.pages.map(({ page, section, title, description }) => ({
      page,
      alt: `${section}：${title}`,
      card: { ...common, section, title, subtitle: description },
    })),
  ].map((p) => ({ ...p, image: previewImagePath(p.page) }));
  const seen = new Set<string>();
  for (const { page } of previews) {
    if (seen.has(page)) throw new Error(`${page} 有两张链接预览图`);
    seen.add(page);
  }
  return previews;
}
