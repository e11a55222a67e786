import { SECTION_INFO, type Section } from '../../schemas/sections';
import { descriptionOf, titleOf, type EntryLink } from './entries';
import { needsReview } from './freshness';
import type { SiteIndex } from './site-index';
import { breadcrumbList, faqPage, type Crumb } from './structured-data';
import { tableOfContents, type Heading, type TocItem } from './toc';
import { fileOf, type AnyEntry } from './types';
import { entryUrl, sectionUrl, withBase } from './urls';

export interface Source {
  title: string;
  url?: string | undefined;
  note?: string | undefined;
}

/** The box at the top of an entry: the direct answer, or the entry's point when it has none. */
export interface EntrySummary {
  label: string;
  text: string;
  /** Printed pages keep an answer, not a description repeated from the search result. */
  printed: boolean;
}

/** Everything an entry page shows around its body, computed from the entry and the site index. */
export interface EntryPage {
  section: Section;
  sectionLabel: string;
  /** The authored file, for messages. */
  file: string;
  title: string;
  description: string;
  summary: EntrySummary;
  /** The trail below home: the section, then this page (unlinked). */
  breadcrumbs: Crumb[];
  toc: TocItem[];
  related: EntryLink[];
  previous: EntryLink | undefined;
  next: EntryLink | undefined;
  sources: Source[];
  updated: Date;
  reviewBy: Date | undefined;
  /** Past its review date when the site was built: the page says it may be out of date. */
  stale: boolean;
  /** schema.org JSON-LD objects for the page's head. */
  structuredData: object[];
}

export interface EntryPageOptions {
  headings?: Heading[];
  /** The public origin; Astro's `site`. */
  site?: string | URL | undefined;
  /** The build's date, for the freshness notice. */
  now?: Date;
}

function summaryOf(entry: AnyEntry): EntrySummary {
  switch (entry.collection) {
    case 'faq':
      return { label: '简要回答', text: entry.data.answer, printed: true };
    case 'codes':
      return { label: '怎么办', text: entry.data.action, printed: true };
    case 'fees':
      return { label: '简要回答', text: entry.data.description, printed: true };
    default:
      return { label: '要点', text: entry.data.description, printed: false };
  }
}

/** A response code's page says what the terminal showed; other entries use their description. */
function pageDescription(entry: AnyEntry): string {
  if (entry.collection === 'codes') return `POS 终端显示 ${entry.id}：${entry.data.meaning}。${entry.data.action}`;
  return descriptionOf(entry);
}

/** Astro's `site` option. Astro types it as a string, but it is undefined when none is configured. */
function configuredSite(): string | undefined {
  return import.meta.env.SITE;
}

export class MissingRouteDataError extends Error {
  override name = 'MissingRouteDataError';
}

/**
 * The route data of one entry page. Every entry route renders `EntryLayout` with it; reading the
 * index costs the entry's own lists, never the size of the site.
 */
export function entryPageOf(index: SiteIndex, entry: AnyEntry, options: EntryPageOptions = {}): EntryPage {
  if (!index.has(entry)) {
    throw new MissingRouteDataError(`${fileOf(entry)}：这篇内容不在网站的内容索引里，无法生成页面（栏目 ${entry.collection}，编号 ${entry.id}）`);
  }
  const { headings = [], site = configuredSite(), now = new Date() } = options;
  const info = SECTION_INFO[entry.collection];
  const title = titleOf(entry);
  const summary = summaryOf(entry);
  const breadcrumbs: Crumb[] = [
    { label: info.label, href: sectionUrl(entry.collection) },
    { label: entry.collection === 'codes' ? entry.id : title, href: '' },
  ];
  const pageUrl = new URL(entryUrl(entry), site ?? 'http://localhost/').href;
  const structuredData: object[] = [breadcrumbList([{ label: '首页', href: withBase('/') }, ...breadcrumbs], pageUrl)];
  if (entry.collection === 'faq') structuredData.push(faqPage({ title, answer: entry.data.answer }, pageUrl));
  const reviewBy = entry.collection === 'codes' ? undefined : entry.data.reviewBy;
  return {
    section: entry.collection,
    sectionLabel: info.label,
    file: fileOf(entry),
    title,
    description: pageDescription(entry),
    summary,
    breadcrumbs,
    toc: tableOfContents(headings),
    related: index.related(entry),
    ...index.previousAndNext(entry),
    sources: entry.data.sources,
    updated: entry.data.updated,
    reviewBy,
    stale: needsReview(reviewBy, now),
    structuredData,
  };
}
