import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages } from './dist';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Official domains an external link may point to. */
export const EXTERNAL_ALLOW_LIST = [
  'www.lakala.com',
  'lakala.com',
  'www.pbc.gov.cn',
  'www.gov.cn',
  'www.ndrc.gov.cn',
  'www.pcac.org.cn',
  'cn.unionpay.com',
  'www.unionpay.com',
  'www.12363.org.cn',
  'github.com',
];

function fileFor(dist: string, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, `${path}.html`)];
  return candidates.find((f) => existsSync(f));
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'));
    ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    root.querySelectorAll('a[name]').forEach((el) => ids!.add(el.getAttribute('name') ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * Checks every `href` and `src` on every built page: internal targets must exist (with their
 * `#fragment`), external links must go to an allowed official domain and carry rel="noopener".
 * `base` is the deploy base path the build was made with.
 */
export function findBrokenLinks(dist: string, base = '/', origin = 'https://pos-help.example.org'): BrokenLink[] {
  idCache.clear();
  const broken: BrokenLink[] = [];
  for (const page of builtPages(dist)) {
    const pageFile = page.endsWith('.html') ? join(dist, page) : join(dist, page, 'index.html');
    const root = parse(readFileSync(pageFile, 'utf8'));
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page}`, origin);
    for (const el of root.querySelectorAll('[href], [src]')) {
      if (el.tagName === 'LINK' && ['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')) continue;
      if (el.tagName === 'META') continue;
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(mailto|tel|data|blob|javascript):/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, pageUrl);
      } catch {
        broken.push({ page, href, reason: 'not a URL' });
        continue;
      }
      if (url.origin !== new URL(origin).origin) {
        if (!EXTERNAL_ALLOW_LIST.includes(url.hostname)) broken.push({ page, href, reason: 'external domain not allowed' });
        else if (el.tagName === 'A' && !(el.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) {
          broken.push({ page, href, reason: 'external link without rel="noopener"' });
        }
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      const target = fileFor(dist, `/${decodeURIComponent(url.pathname.slice(base.length))}`);
      if (!target) {
        broken.push({ page, href, reason: 'no such page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
