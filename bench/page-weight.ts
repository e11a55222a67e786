import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { parse } from 'node-html-parser';

export interface PageWeight {
  name: string;
  path: string;
  html: [number, number];
  css: [number, number];
  js: [number, number];
  /** JavaScript fetched by the time the page is loaded and idle, before any interaction (gzip bytes). */
  jsBeforeInteraction: number;
}

const raw = (text: Buffer) => [text.length, gzipSync(text, { level: 9 }).length] as [number, number];

function add(a: [number, number], b: [number, number]): [number, number] {
  return [a[0] + b[0], a[1] + b[1]];
}

function fileOf(dist: string, href: string | undefined, base: string): Buffer {
  if (!href) throw new Error('A stylesheet or script reference without a URL');
  return readFileSync(join(dist, href.replace(new RegExp(`^${base}`), '')));
}

/** HTML, CSS and JS a page references (raw, gzip), and the JS a browser actually runs before interaction. */
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
  let css: [number, number] = [0, 0];
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) css = add(css, raw(fileOf(dist, link.getAttribute('href'), base)));
  let js: [number, number] = [0, 0];
  for (const script of root.querySelectorAll('script[src]')) js = add(js, raw(fileOf(dist, script.getAttribute('src'), base)));
  // Scripts the build wrote into the page count as JS too (their bytes also count in the HTML).
  let inlined: [number, number] = [0, 0];
  for (const script of root.querySelectorAll('script[data-inlined-from]')) inlined = add(inlined, raw(Buffer.from(script.rawText)));
  js = add(js, inlined);
  for (const link of root.querySelectorAll('link[rel="modulepreload"]')) js = add(js, raw(fileOf(dist, link.getAttribute('href'), base)));

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
  let executed = inlined[1];
  for (const script of scripts) executed += raw(fileOf(dist, script, base))[1];
  return { name, path, html: raw(htmlText), css, js, jsBeforeInteraction: executed };
}
