import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'item'].includes(name),
});

/** The parts of an RSS 2.0 feed the tests read; any of them may be missing from a broken feed. */
export interface RssFeed {
  rss?: { '@version'?: string; channel?: RssChannel };
}

interface RssChannel {
  title?: string;
  description?: string;
  link?: string;
  language?: string;
  'atom:link'?: { '@href'?: string };
  item?: RssItem[];
}

export interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string };
  description: string;
  pubDate: string;
}

export function parseRss(text: string): RssFeed {
  return xml.parse(text) as RssFeed;
}

interface SitemapIndex {
  sitemapindex: { sitemap: { loc: string }[] };
}

interface Sitemap {
  urlset: { url: { loc: string }[] };
}

/** Every <loc> of a build's sitemap index and the sitemaps it lists. */
export function sitemapUrls(dist: string, origin: string, base: string): string[] {
  const index = xml.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as SitemapIndex;
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = join(dist, new URL(loc).pathname.slice(base.length));
    if (!loc.startsWith(origin + base) || !existsSync(file)) throw new Error(`sitemap ${loc} is not in the build`);
    return (xml.parse(readFileSync(file, 'utf8')) as Sitemap).urlset.url.map((u) => u.loc);
  });
}

export function meta(root: HTMLElement, key: string): string | undefined {
  const el = root.querySelector(`meta[property="${key}"]`) ?? root.querySelector(`meta[name="${key}"]`);
  return el?.getAttribute('content');
}

/** A JSON-LD block: a schema.org thing whose properties the tests check one by one. */
export interface JsonLd {
  '@type'?: string;
  [property: string]: unknown;
}

/** One entry of a BreadcrumbList's `itemListElement`. */
export interface JsonLdListItem {
  '@type': string;
  position: number;
  name: string;
  item: string;
}

/** Parsed JSON-LD blocks of a page. */
export function jsonLdOf(root: HTMLElement): JsonLd[] {
  return root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as JsonLd);
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export { parse as parseHtml };
