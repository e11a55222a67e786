import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });

export function parseXml(text: string): Record<string, any> {
  return xml.parse(text);
}

/** Every <loc> of a build's sitemap index and the sitemaps it lists. */
export function sitemapUrls(dist: string, origin: string, base: string): string[] {
  const index = parseXml(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
  return (index.sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) => {
    const file = join(dist, new URL(loc).pathname.slice(base.length));
    if (!loc.startsWith(origin + base) || !existsSync(file)) throw new Error(`sitemap ${loc} is not in the build`);
    return (parseXml(readFileSync(file, 'utf8')).urlset.url as { loc: string }[]).map((u) => u.loc);
  });
}

export function meta(root: HTMLElement, key: string): string | undefined {
  const el = root.querySelector(`meta[property="${key}"]`) ?? root.querySelector(`meta[name="${key}"]`);
  return el?.getAttribute('content');
}

/** Parsed JSON-LD blocks of a page. */
export function jsonLdOf(root: HTMLElement): Record<string, any>[] {
  return root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export { parse as parseHtml };
