import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/build';
import { builtPages, everyBuiltPage, readPage, redirectPages } from '../support/dist';
import { readRedirects } from '../../src/lib/deploy/redirects';
import { isRedirectHtml } from '../../src/integrations/redirects';

const PUBLISHED = (JSON.parse(readFileSync(join(ROOT, 'tests/published-urls.json'), 'utf8')) as { urls: string[] }).urls;
const ORIGIN = 'https://pos-help.example.org';

/** Where a published address ends up: itself when it is a page, its successor when it forwards, undefined when it is gone. */
function resolves(path: string, pages: Set<string>): string | undefined {
  if (!everyBuiltPage(DIST).includes(path)) return undefined;
  const html = readPage(path);
  if (!isRedirectHtml(html)) return path;
  const target = parse(html).querySelector('link[rel="canonical"]')?.getAttribute('href')?.replace(ORIGIN, '');
  return target && pages.has(target) ? target : undefined;
}

describe('published addresses', () => {
  const pages = new Set(builtPages());

  it('every address ever published still answers, with its page or a forward to its successor', () => {
    expect(PUBLISHED.length).toBeGreaterThan(200);
    const broken = PUBLISHED.filter((url) => resolves(url, pages) === undefined);
    expect(broken, 'published addresses that no longer answer: add them to content/redirects/redirects.yaml').toEqual([]);
  });

  it('lists every page of the build, so the next removal is caught', () => {
    const unlisted = everyBuiltPage().filter((p) => p.endsWith('/') && !PUBLISHED.includes(p));
    expect(unlisted, 'new pages not yet in tests/published-urls.json: run npm run urls:record').toEqual([]);
  });

  it('builds a forwarding page for every retired address, and nothing else forwards', () => {
    const retired = readRedirects(join(ROOT, 'content'))
      .map((r) => r.from)
      .sort();
    expect(redirectPages()).toEqual(retired);
  });

  it('a forwarding page names its successor as canonical, refreshes to it at once, links it and is not indexed', () => {
    for (const redirect of readRedirects(join(ROOT, 'content'))) {
      const root = parse(readPage(redirect.from));
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), redirect.from).toBe(ORIGIN + redirect.to);
      expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), redirect.from).toBe(`0; url=${redirect.to}`);
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content'), redirect.from).toBe('noindex');
      expect(root.querySelector(`main a[href="${redirect.to}"]`), redirect.from).not.toBeNull();
      expect(readPage(redirect.from), redirect.from).not.toContain('data-pagefind-body');
    }
  });

  it('writes _redirects with a permanent redirect for every retired address', () => {
    const lines = readFileSync(join(DIST, '_redirects'), 'utf8').trim().split('\n');
    const retired = readRedirects(join(ROOT, 'content'));
    expect(lines).toEqual(retired.map((r) => `${r.from} ${r.to} 301`));
  });
});
