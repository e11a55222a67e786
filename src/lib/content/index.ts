/**
 * The site's content, from `content/` to page: loading and checking every collection once per
 * build (`getSiteIndex`), the index pages read from (sections in order, related entries,
 * neighbours), the route data every entry page renders through (`entryPage`), section index
 * pages, links, dates, feeds and the site's URLs. Pages import content from here only.
 */
export { entriesOf, entryOf, entryPage, entryPaths, getSiteContent, getSiteIndex } from './site-content';
export { renderEntryBody, type EntryBody } from './entry-body';
export type { SiteIndex } from './site-index';
export { MissingRouteDataError, type EntryPage, type EntrySummary, type Source } from './entry-page';
export { ENTRIES_PER_PAGE, sectionIndexPages, sectionPageUrl, type GroupOverview, type PageLink, type SectionIndexPage } from './section-index';
export { linkTo, titleOf, type EntryLink } from './entries';
export { groupEntries, groupKey, type Group } from './grouping';
export { GENERIC_SECTIONS, type GenericSection } from './generic-sections';
export { basePath, entryUrl, sectionUrl, withBase } from './urls';
export { chineseDate, isoDay } from './dates';
export { breadcrumbList, jsonLd, type Crumb } from './structured-data';
export { groupByDay, updatesOf, type Update, type UpdateDay } from './updates';
export { feedbackHref, type Verdict } from './feedback';
export { compareChinese } from './order';
export { allEntries, type AnyEntry, type SectionEntry, type SiteContent } from './types';
