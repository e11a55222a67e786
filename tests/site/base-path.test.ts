import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TMP } from '../support/build';
import { launchBrowser, newContext } from '../support/browser';
import { builtPages, readPage } from '../support/dist';
import { findBrokenLinks } from '../support/links';
import { startServer } from '../support/server';
import { jsonLdOf, meta, parseHtml, parseRss, sitemapUrls, type JsonLdListItem } from '../support/seo';
import { kbBuild, KB_BASE as BASE, KB_SITE as ORIGIN, type SharedBuild } from '../support/shared-builds';

const WORK = join(TMP, 'base-path');

let build: SharedBuild;
let dist: string;
let browser: Browser | undefined;

beforeAll(async () => {
  build = await kbBuild();
  dist = build.outDir;
});

afterAll(async () => {
  await browser?.close();
  rmSync(WORK, { recursive: true, force: true });
});

describe('a build under BASE_PATH=/kb', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-4000)).toBe(0);
  });

  it('passes the link check', () => {
    expect(findBrokenLinks(dist, BASE, ORIGIN)).toEqual([]);
  });

  it('every site-absolute link and asset on every page is under /kb/', () => {
    for (const page of builtPages(dist)) {
      const root = parseHtml(readPage(page, dist));
      for (const el of root.querySelectorAll('[href], [src], [data-worker], [data-scope]')) {
        for (const attr of ['href', 'src', 'data-worker', 'data-scope']) {
          const value = el.getAttribute(attr);
          if (value?.startsWith('/')) expect(value.startsWith(BASE), `${page}: ${attr}="${value}"`).toBe(true);
        }
      }
    }
  });

  it('puts SITE_URL and the base path in canonical, share and structured-data URLs', () => {
    const root = parseHtml(readPage('/faq/what-is-settlement-failure/', dist));
    const url = `${ORIGIN}/kb/faq/what-is-settlement-failure/`;
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(root, 'og:url')).toBe(url);
    expect(meta(root, 'og:image')).toBe(`${ORIGIN}/kb/og/default.png`);
    const data = jsonLdOf(root);
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')?.itemListElement as JsonLdListItem[] | undefined;
    expect(crumbs?.[0]?.item).toBe(`${ORIGIN}/kb/`);
    expect(data.find((d) => d['@type'] === 'FAQPage')?.url).toBe(url);
  });

  it('robots.txt, the sitemap and the feed use SITE_URL and the base path', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/kb/sitemap-index.xml`);
    const urls = sitemapUrls(dist, ORIGIN, BASE);
    expect(urls.length).toBe(builtPages(dist).length - 1); // all but the 404 page
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/kb/`), url).toBe(true);
    const channel = parseRss(readFileSync(join(dist, 'rss.xml'), 'utf8')).rss?.channel;
    expect(channel?.link).toBe(`${ORIGIN}/kb/`);
    expect(channel?.item?.length).toBeGreaterThan(0);
    for (const item of channel?.item ?? []) expect(item.link.startsWith(`${ORIGIN}/kb/`), item.link).toBe(true);
  });

  it('_headers names paths under the base path', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toContain('/kb/_astro/*');
    expect(headers).toContain('/kb/sw.js');
  });

  it('the service worker takes the /kb/ scope and keeps a visited page readable offline', async () => {
    browser = await launchBrowser();
    const server = await startServer(dist, BASE);
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/kb/glossary/settlement/`);
      const scope = await page.evaluate(async () => {
        const deadline = Date.now() + 15_000;
        while (!(navigator.serviceWorker.controller && (await caches.match(location.href)))) {
          if (Date.now() > deadline) throw new Error('the service worker did not take control and save the page');
          await new Promise((r) => setTimeout(r, 100));
        }
        return (await navigator.serviceWorker.ready).scope;
      });
      expect(scope).toBe(`${server.origin}/kb/`);
      const title = await page.locator('h1').first().textContent();
      await context.setOffline(true);
      await page.reload();
      expect(await page.locator('h1').first().textContent()).toBe(title);
      await page.goto(`${server.origin}/kb/troubleshoot/`);
      expect(await page.title()).not.toContain('网络已断开');
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('deploy settings that are wrong stop the build', () => {
  it('an invalid SITE_URL exits non-zero and names SITE_URL', async () => {
    const result = await buildSite({
      SITE_URL: 'help.example.com',
      OUT_DIR: join(WORK, 'bad-site'),
      ASTRO_CACHE_DIR: join(WORK, 'cache-bad'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL "help.example.com" 不是有效的网址');
  });
});
