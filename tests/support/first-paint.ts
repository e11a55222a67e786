import { parse, type HTMLElement } from 'node-html-parser';
import { everyBuiltPage, readPage } from './dist';
import { inlineCodeIn } from './inline-code';

export interface FirstPaintProblem {
  page: string;
  problem: string;
}

/** At most this many requests may stand between the HTML and the first paint. */
export const STYLESHEET_BUDGET = 1;

/**
 * A static import in a module (`import{a}from"/_astro/x.js"`, `import"/_astro/x.js"`): one more
 * request before the module runs. Dynamic `import()` of code used on demand is not one.
 */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+)["'`]/g;

/** Media a stylesheet is never applied to on screen, so the browser does not wait for it. */
const NON_BLOCKING_MEDIA = /^\s*(print|not all|speech)\s*$/i;

/**
 * The requests a browser must finish before it paints: stylesheets linked for the screen,
 * `@import`s in inline styles and classic scripts in <head> without async or defer.
 */
export function renderBlockingRequests(root: HTMLElement): string[] {
  const requests: string[] = [];
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('stylesheet') || rel.includes('alternate') || link.hasAttribute('disabled')) continue;
    if (NON_BLOCKING_MEDIA.test(link.getAttribute('media') ?? '')) continue;
    requests.push(`stylesheet ${link.getAttribute('href')}`);
  }
  for (const style of root.querySelectorAll('style')) {
    for (const [, url] of style.rawText.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/gi)) requests.push(`@import ${url}`);
  }
  for (const script of root.querySelectorAll('head script[src]')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type === 'module' || script.hasAttribute('async') || script.hasAttribute('defer')) continue;
    requests.push(`script ${script.getAttribute('src')}`);
  }
  return requests;
}

/**
 * What stands between a page and its first paint, or makes it jump after: more render-blocking
 * requests than the budget, an inline style its own policy does not allow (the browser would
 * drop it), an image without width and height (the text moves when it arrives), and the
 * link-preview image loaded on the page itself (it is for chat apps' previews only).
 */
export function firstPaintProblemsIn(html: string): string[] {
  const root = parse(html, { comment: false });
  const problems: string[] = [];
  const blocking = renderBlockingRequests(root);
  if (blocking.length > STYLESHEET_BUDGET)
    problems.push(`${blocking.length} render-blocking requests before first paint (at most ${STYLESHEET_BUDGET}): ${blocking.join(', ')}`);
  problems.push(...inlineCodeIn(html).filter((p) => p.startsWith('inline <style>')));
  for (const script of root.querySelectorAll('script[data-inlined-from]')) {
    for (const [, url] of script.rawText.matchAll(STATIC_IMPORT))
      problems.push(`the script from ${script.getAttribute('data-inlined-from')} must fetch ${url} before it can run`);
  }
  for (const img of root.querySelectorAll('img')) {
    if (!img.hasAttribute('width') || !img.hasAttribute('height'))
      problems.push(`<img src="${img.getAttribute('src')}"> without width and height`);
  }
  const previews = root
    .querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')
    .map((meta) => new URL(meta.getAttribute('content') ?? '', 'https://site.invalid/').pathname);
  for (const el of root.querySelectorAll('img, source, link[rel~="preload"]')) {
    const urls = [el.getAttribute('src'), el.getAttribute('href'), el.getAttribute('srcset')].filter(Boolean).join(' ');
    if (previews.some((path) => urls.includes(path))) problems.push(`loads the link-preview image on the page: <${el.rawTagName}> ${urls}`);
  }
  return problems;
}

export function findFirstPaintProblems(dist: string): FirstPaintProblem[] {
  return everyBuiltPage(dist).flatMap((page) => firstPaintProblemsIn(readPage(page, dist)).map((problem) => ({ page, problem })));
}
