import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { parse } from 'node-html-parser';

export interface PageWeight {
  name: string;
  path: string;
  /** The HTML as served, with the CSS and scripts the build wrote into it (raw, gzip). */
  html: [number, number];
  /** Of the HTML, its inline CSS (raw, gzip on its own). */
  inlineCss: [number, number];
  /** Of the HTML, the scripts the build inlined (raw, gzip on its own). */
  inlineJs: [number, number];
  /** Stylesheets and scripts the page links to by URL (raw, gzip). */
  linked: [number, number];
  /** JavaScript fetched by the time the page is loaded and idle, before any interaction (gzip bytes). */
  jsFetchedBeforeInteraction: number;
}

const raw = (text: Buffer) => [text.length, gzipSync(text, { level: 9 }).length] as [number, number];

function add(a: [number, number], b: [number, number]): [number, number] {
  return [a[0] + b[0], a[1] + b[1]];
}

function fileOf(dist: string, href: string | undefined, base: string): Buffer {
  if (!href) throw new Error('A stylesheet or script reference without a URL');
  return readFileSync(join(dist, href.replace(new RegExp(`^${base}`), '')));
}

/** What a page carries inside its HTML and what it links to, and the JS a browser fetches before interaction. */
export async function measurePage(
  browser: Browser,
  origin: string,
  dist: string,
  name: string,
  path: string,
  base = '/',
): Promise<PageWeight> {
  const htmlFile = join(dist, path.replace(new RegExp(`^${base}`), ''), 'index.html');
  const htmlText = readFileSync(htmlFile);
  const root = parse(htmlText.toString());
  const sum = (texts: string[]) => raw(Buffer.from(texts.join('')));
  const inlineCss = sum(root.querySelectorAll('style').map((s) => s.rawText));
  const inlineJs = sum(root.querySelectorAll('script[data-inlined-from]').map((s) => s.rawText));
  let linked: [number, number] = [0, 0];
  for (const link of root.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"]'))
    linked = add(linked, raw(fileOf(dist, link.getAttribute('href'), base)));
  for (const script of root.querySelectorAll('script[src]')) linked = add(linked, raw(fileOf(dist, script.getAttribute('src'), base)));

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await context.close();
  let fetched = 0;
  for (const script of scripts) fetched += raw(fileOf(dist, script, base))[1];
  return { name, path, html: raw(htmlText), inlineCss, inlineJs, linked, jsFetchedBeforeInteraction: fetched };
}
