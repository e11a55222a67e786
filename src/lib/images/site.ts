/**
 * The site's drawn images: which pages have a link preview of their own, the checklist
 * posters, and the PNGs themselves (drawn once, then read from the cache).
 */
import { imageConfig } from 'virtual:site-images';
import { siteConfig } from '../../site.config';
import { FEE_TOOLS, type FeeTool } from '../../schemas/fees';
import { DIAGNOSIS_INFO, SECTION_INFO, SECTIONS } from '../../schemas/sections';
import { chineseDate } from '../content/dates';
import { entriesOf } from '../content/site-content';
import type { SectionEntry } from '../content/types';
import { basePath, entryUrl, sectionUrl, withBase } from '../content/urls';
import { startUrl } from '../diagnosis/urls';
import { toolUrl } from '../fees/urls';
import { ImageCache, ImageDrawingError, imageKey } from './cache';
import { drawPosters, drawPreview } from './draw';
import { loadFonts } from './fonts';
import { subsetFonts, textOfNode, type FontSubset } from './subset';
import { posterAlt, type PosterContent } from './poster';
import { PREVIEW_SIZE, previewElement } from './preview';
import { defaultPreview, pagePreviews, type PagePreview, type PreviewSources } from './previews';
import { defined } from '../required';

const cache = new ImageCache(imageConfig.cacheDir);
const NOTE = '独立的商户帮助指南，不是拉卡拉官方网站';
const SITE_ROOT = '/';

interface Previews {
  site: Omit<PagePreview, 'page'>;
  /** By page, as a site path without the base path. */
  byPage: Map<string, PagePreview>;
}

let previews: Promise<Previews> | undefined;

function sitePreviews(): Promise<Previews> {
  previews ??= (async () => {
    const entryPages = async (collection: 'channels' | 'requirements') =>
      (await entriesOf(collection)).map((e) => ({
        page: entryUrl({ collection, id: e.id }, SITE_ROOT),
        section: SECTION_INFO[collection].label,
        title: e.data.title,
        description: e.data.description,
      }));
    const sources: PreviewSources = {
      siteName: siteConfig.name,
      tagline: siteConfig.tagline,
      note: NOTE,
      // The troubleshooter's start is named beside the sections, like an index of its own.
      indexes: [
        ...SECTIONS.map((id) => ({ page: sectionUrl(id, SITE_ROOT), ...SECTION_INFO[id] })),
        { page: startUrl(SITE_ROOT), ...DIAGNOSIS_INFO },
      ],
      pages: [
        ...(await entryPages('requirements')),
        ...(await entryPages('channels')),
        ...(Object.entries(FEE_TOOLS) as [FeeTool, (typeof FEE_TOOLS)[FeeTool]][]).map(([tool, { label, blurb }]) => ({
          page: toolUrl(tool, SITE_ROOT),
          section: SECTION_INFO.fees.label,
          title: label,
          description: blurb,
        })),
      ],
    };
    return { site: defaultPreview(sources), byPage: new Map(pagePreviews(sources).map((p) => [p.page, p])) };
  })();
  return previews;
}

/** Every link-preview image: the site-wide one first, then each page's own. */
export async function previewImages(): Promise<Omit<PagePreview, 'page'>[]> {
  const { site, byPage } = await sitePreviews();
  return [site, ...byPage.values()];
}

let subsetForPreviews: Promise<FontSubset[]> | undefined;

/**
 * The fonts of every link preview, cut once to the characters all of them show: satori then
 * reads a few hundred kilobytes once, not two 10 MB faces.
 */
function previewFonts(): Promise<FontSubset[]> {
  subsetForPreviews ??= previewImages().then((all) =>
    subsetFonts(loadFonts(imageConfig.projectRoot), all.map((p) => textOfNode(previewElement(p.card))).join(''), imageConfig.projectRoot),
  );
  return subsetForPreviews;
}

export interface SharedImage {
  /** Under the base path, ready for `src` or an absolute URL. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** The link preview of the page at `pathname` (as Astro gives it, base path included). */
export async function previewOf(pathname: string): Promise<SharedImage> {
  const { site, byPage } = await sitePreviews();
  const preview = byPage.get(`/${pathname.slice(basePath().length)}`) ?? site;
  return { src: withBase(preview.image), ...PREVIEW_SIZE, alt: preview.alt };
}

/** The PNG of the link preview at `image` (`/og/faq.png`). */
export async function previewPng(image: string): Promise<Uint8Array> {
  const { site, byPage } = await sitePreviews();
  const own = [...byPage.values()].find((p) => p.image === image);
  const preview = own ?? (site.image === image ? site : undefined);
  if (!preview) throw new ImageDrawingError(`没有链接预览图 ${image}`);
  const what = own ? ` ${own.page} 的链接预览图 ${image}` : `全站链接预览图 ${image}`;
  const key = imageKey('preview', preview.card, imageConfig.fingerprint);
  const [drawn] = await cache.images(key, what, async () => [await drawPreview(preview.card, await previewFonts())]);
  return defined(drawn, what).png;
}

export interface Poster extends SharedImage {
  /** File name offered when the poster is downloaded. */
  download: string;
  png: Uint8Array;
}

/** `/requirements/geti/poster-1.png`, without the base path. */
export function posterPath(entryId: string, number: number): string {
  return `/requirements/${entryId}/poster-${number}.png`;
}

/**
 * The checklist posters of a merchant type, drawn from the same entry as its page; the QR code
 * opens the page's canonical URL (SITE_URL and BASE_PATH).
 */
export async function postersOf(entry: SectionEntry<'requirements'>): Promise<Poster[]> {
  const page = entryUrl({ collection: 'requirements', id: entry.id });
  const content: PosterContent = {
    siteName: siteConfig.name,
    note: NOTE,
    merchantType: entry.data.merchantType,
    title: entry.data.title,
    documents: entry.data.documents.map(({ id, name, acceptable, required, when }) => ({ id, name, acceptable, required, when })),
    updated: chineseDate(entry.data.updated),
    url: new URL(page, import.meta.env.SITE).href,
  };
  const key = imageKey('poster', content, imageConfig.fingerprint);
  const images = await cache.images(key, ` ${page} 的资料清单海报`, () =>
    drawPosters(content, loadFonts(imageConfig.projectRoot), imageConfig.projectRoot),
  );
  return images.map((image, i) => {
    const number = i + 1;
    return {
      src: withBase(posterPath(entry.id, number)),
      width: image.width,
      height: image.height,
      alt: posterAlt(content, { number, count: images.length }),
      download: `${content.merchantType}资料清单${images.length > 1 ? `-${number}` : ''}.png`,
      png: image.png,
    };
  });
}
