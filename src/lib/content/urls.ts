import type { EntryRef } from '../../schemas/common';

/** Lakala's own site, where readers find the official contact route. */
export const OFFICIAL_SITE = 'https://www.lakala.com/';

/** The site's base path with a trailing slash, e.g. `/` or `/kb/`. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefix a site-absolute path (`/faq/`) with the base path. */
export function withBase(path: string, base?: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  return basePath(base) + path.replace(/^\/+/, '');
}

export function sectionUrl(collection: string, base?: string): string {
  return withBase(`/${collection}/`, base);
}

export function entryUrl(ref: EntryRef | { collection: string; id: string }, base?: string): string {
  return withBase(`/${ref.collection}/${ref.id}/`, base);
}
