import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { everyBuiltPage } from './dist';
import { OFFICIAL_DOMAINS } from '../../src/lib/content/official';
import { FILING_DOMAINS } from '../../src/lib/deploy/filing';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Official domains an external link may point to: the list the content lint uses, and the filing systems the footer links. */
export const EXTERNAL_ALLOW_LIST = [...OFFICIAL_DOMAINS, ...FILING_DOMAINS];

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

/** Every URL an element points to: href, src, each candidate of srcset, a form's action, a video poster. */
function urlsOf(el: HTMLElement): string[] {
  const urls: string[] = [];
  for (const name of ['href', 'src', 'poster', 'action']) {
    const value = el.getAttribute(name);
    if (value !== undefined) urls.push(value.trim());
  }
  const srcset = el.getAttribute('srcset');
  if (srcset)
    urls.push(
      ...srcset
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean),
    );
  return urls;
}

interface Site {
  dist: string;
  base: string;
  origin: string;
}

/** Why a URL found on a page is broken, or undefined when it is fine. */
function problemWith(site: Site, el: HTMLElement, href: string, pageUrl: URL): string | undefined {
  if (/^(mailto|tel|data|blob):/i.test(href)) return undefined;
  if (/^javascript:/i.test(href)) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return 'not a URL';
  }
  if (url.origin !== new URL(site.origin).origin) {
    if (!EXTERNAL_ALLOW_LIST.includes(url.hostname)) return 'external domain not allowed';
    if (el.tagName === 'A' && !(el.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) {
      return 'external link without rel="noopener"';
    }
    return undefined;
  }
  if (!url.pathname.startsWith(site.base)) return `outside the base path ${site.base}`;
  const target = fileFor(site.dist, `/${decodeURIComponent(url.pathname.slice(site.base.length))}`);
  if (!target) return 'no such page';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) return `no element with id "${fragment}"`;
  return undefined;
}

/**
 * Checks every URL on every built page (href, src, srcset, form action): internal targets must
 * exist (with their `#fragment`), external links must go to an allowed official domain and carry
 * rel="noopener". `base` is the deploy base path the build was made with.
 */
export function findBrokenLinks(dist: string, base = '/', origin = 'https://pos-help.example.org'): BrokenLink[] {
  idCache.clear();
  const site: Site = { dist, base, origin };
  const broken: BrokenLink[] = [];
  for (const page of everyBuiltPage(dist)) {
    const pageFile = page.endsWith('.html') ? join(dist, page) : join(dist, page, 'index.html');
    const root = parse(readFileSync(pageFile, 'utf8'));
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page}`, origin);
    for (const el of root.querySelectorAll('[href], [src], [srcset], [poster], form[action]')) {
      if (el.tagName === 'LINK' && ['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')) continue;
      if (el.tagName === 'META') continue;
      for (const href of urlsOf(el)) {
        const reason = problemWith(site, el, href, pageUrl);
        if (reason) broken.push({ page, href, reason });
      }
    }
  }
  return broken;
}
