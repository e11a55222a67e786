import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { authoredEntries, frontMatter } from '../support/content';
import { builtPages, readPage } from '../support/dist';
import { GENERIC_SECTIONS } from '../../src/lib/content/generic-sections';
import { jsonLdOf, meta, parseHtml, pngSize, sitemapUrls, type JsonLdListItem } from '../support/seo';

const ORIGIN = 'https://pos-help.example.org';
const pages = builtPages().filter((p) => p !== '/404.html');
const dom = new Map(pages.map((p) => [p, parseHtml(readPage(p))]));

describe('discovery', () => {
  it('the sitemap lists exactly the built pages', () => {
    const listed = sitemapUrls(DIST, ORIGIN, '/')
      .map((u) => new URL(u).pathname)
      .sort();
    expect(listed).toEqual(pages);
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });

  it('every page has a unique title and a unique description', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const [page, root] of dom) {
      const title = root.querySelector('title')?.textContent.trim() ?? '';
      const description = meta(root, 'description') ?? '';
      expect(title.length, `${page} title`).toBeGreaterThan(4);
      expect(description.length, `${page} description`).toBeGreaterThan(8);
      expect(titles.get(title), `${page} repeats the title of`).toBeUndefined();
      expect(descriptions.get(description), `${page} repeats the description of`).toBeUndefined();
      titles.set(title, page);
      descriptions.set(description, page);
    }
  });

  it('every page has its own absolute canonical URL', () => {
    for (const [page, root] of dom) {
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(ORIGIN + page);
    }
  });

  it('the 404 page asks not to be indexed and claims no URL', () => {
    const root = parseHtml(readPage('/404.html'));
    expect(meta(root, 'robots')).toBe('noindex');
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta(root, 'og:url')).toBeUndefined();
  });

  it('every page links the RSS feed', () => {
    for (const [page, root] of dom) {
      const link = root.querySelector('link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('href'), page).toBe('/rss.xml');
    }
  });
});

describe('link previews', () => {
  it('every page has Open Graph and Twitter tags with absolute URLs', () => {
    for (const [page, root] of dom) {
      const title = root.querySelector('title')!.textContent;
      expect(title.startsWith(meta(root, 'og:title') ?? '\0'), page).toBe(true);
      expect(meta(root, 'og:description'), page).toBe(meta(root, 'description'));
      expect(meta(root, 'og:url'), page).toBe(ORIGIN + page);
      expect(meta(root, 'og:image'), page).toMatch(new RegExp(`^${ORIGIN}/og/.+\\.png$`));
      expect(meta(root, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(root, 'twitter:image'), page).toBe(meta(root, 'og:image'));
      expect(meta(root, 'twitter:title'), page).toBe(meta(root, 'og:title'));
    }
  });

  it('the site-wide share image is a real 1200×630 PNG', () => {
    const bytes = readFileSync(join(DIST, 'og/default.png'));
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});

describe('structured data', () => {
  it('every page with breadcrumbs has BreadcrumbList data naming the same trail', () => {
    let checked = 0;
    for (const [page, root] of dom) {
      const trail = root.querySelectorAll('nav.breadcrumbs li').map((li) => li.textContent.trim());
      const lists = jsonLdOf(root).filter((d) => d['@type'] === 'BreadcrumbList');
      if (trail.length === 0) {
        expect(lists, page).toEqual([]);
        continue;
      }
      expect(lists, page).toHaveLength(1);
      const list = lists[0] ?? {};
      expect(list['@context']).toBe('https://schema.org');
      const items = list.itemListElement as JsonLdListItem[];
      expect(
        items.map((i) => i.name),
        page,
      ).toEqual(trail);
      items.forEach((item, i) => {
        expect(item['@type']).toBe('ListItem');
        expect(item.position).toBe(i + 1);
        expect(item.item.startsWith(`${ORIGIN}/`), page).toBe(true);
      });
      expect(items[0]?.item).toBe(`${ORIGIN}/`);
      expect(items.at(-1)!.item, page).toBe(ORIGIN + page);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('every FAQ entry page has FAQPage data from its question and answer, and no other page has it', () => {
    const faqs = authoredEntries().filter((e) => e.collection === 'faq');
    expect(faqs.length).toBeGreaterThan(0);
    for (const [page, root] of dom) {
      const data = jsonLdOf(root).filter((d) => d['@type'] === 'FAQPage');
      const faq = faqs.find((f) => page === `/faq/${f.id}/`);
      if (!faq) {
        expect(data, page).toEqual([]);
        continue;
      }
      const front = frontMatter('faq', faq.id);
      expect(data, page).toHaveLength(1);
      expect(data[0]).toMatchObject({ '@context': 'https://schema.org', url: ORIGIN + page });
      expect(data[0]?.mainEntity).toEqual([
        { '@type': 'Question', name: front.title, acceptedAnswer: { '@type': 'Answer', text: front.answer } },
      ]);
      // The question and the answer are visible on the page, as search engines require.
      const text = root.querySelector('main')!.textContent;
      expect(text).toContain(front.title);
      expect(text).toContain(front.answer);
    }
  });
});

describe('feedback', () => {
  it('every entry page asks whether it helped, with prefilled messages naming the page', () => {
    const entries = authoredEntries().filter((e) => (GENERIC_SECTIONS as readonly string[]).includes(e.collection));
    expect(entries.length).toBeGreaterThan(5);
    for (const { collection, id } of entries) {
      const page = `/${collection}/${id}/`;
      const root = dom.get(page)!;
      const prompt = root.querySelector('.feedback');
      expect(prompt?.textContent, page).toContain('这篇内容有帮助吗？');
      const links = prompt!.querySelectorAll('a').map((a) => a.getAttribute('href')!);
      expect(links.length, page).toBe(2);
      for (const href of links) {
        expect(href.startsWith('mailto:'), page).toBe(true);
        const params = new URLSearchParams(href.split('?')[1]);
        expect(params.get('body'), page).toContain(ORIGIN + encodeURI(page));
        expect(params.get('subject'), page).toContain(root.querySelector('h1')!.textContent.trim());
      }
    }
  });
});

describe('security headers', () => {
  it('_headers sets the CSP and the other security headers for every path', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers.startsWith('/*\n')).toBe(true);
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      expect(headers).toMatch(new RegExp(`^  ${name}: \\S`, 'm'));
    }
    expect(headers).toMatch(/Content-Security-Policy: .*worker-src 'self'.*object-src 'none'.*frame-ancestors 'none'/);
  });

  it("no page has an inline script other than JSON-LD data and the site's own modules the build inlined", () => {
    for (const [page, root] of dom) {
      for (const script of root.querySelectorAll('script')) {
        if (script.getAttribute('type') === 'application/ld+json') continue;
        expect(script.getAttribute('src') ?? script.getAttribute('data-inlined-from'), page).toMatch(/\/_astro\/[\w.-]+\.js$/);
      }
    }
  });
});
