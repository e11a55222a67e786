import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';
import { everyBuiltPage, readPage } from './dist';

export interface InlineCode {
  page: string;
  problem: string;
}

/** Script types that hold data, never run, and so are not script under the CSP. */
const DATA_SCRIPT_TYPES = ['application/ld+json', 'application/json', 'speculationrules'];

/** The sources of one directive of the page's <meta> policy (empty when it has none). */
function metaSources(root: HTMLElement, directiveName: 'style-src' | 'script-src'): string[] {
  const policy = root.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? '';
  const directive = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directiveName);
  return directive?.slice(1) ?? [];
}

/** Marks a script the build inlined from the site's bundle (`src/lib/deploy/inline-scripts.ts`). */
const INLINED_FROM = 'data-inlined-from';

/** The CSP hash source a browser would match for an inline element with this text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/**
 * Finds what the strict CSP would block on a page: inline scripts the build did not inline from
 * the site's bundle, inline styles and scripts that no hash in the page's own policy allows,
 * event handler attributes, style attributes, javascript: URLs.
 */
export function inlineCodeIn(html: string): string[] {
  const problems: string[] = [];
  const root = parse(html, { comment: false });
  const allowedStyles = metaSources(root, 'style-src');
  const allowedScripts = metaSources(root, 'script-src');
  for (const script of root.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (script.hasAttribute('src') || DATA_SCRIPT_TYPES.includes(type)) continue;
    if (!script.hasAttribute(INLINED_FROM)) problems.push(`inline <script> not from the site's bundle: ${script.text.trim().slice(0, 80)}`);
    else if (!allowedScripts.includes(sha256Source(script.rawText)))
      problems.push(`inlined <script> without a hash in the page's policy: ${script.getAttribute(INLINED_FROM)}`);
  }
  for (const style of root.querySelectorAll('style')) {
    if (!allowedStyles.includes(sha256Source(style.rawText)))
      problems.push(`inline <style> without a hash in the page's policy: ${style.rawText.trim().slice(0, 80)}`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const name of Object.keys(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`event handler attribute ${name} on <${el.rawTagName}>`);
      if (lower === 'style') problems.push(`style attribute on <${el.rawTagName}>: ${el.getAttribute(name)}`);
      if (/^\s*javascript:/i.test(el.getAttribute(name) ?? '')) problems.push(`javascript: URL in ${name} on <${el.rawTagName}>`);
    }
  }
  return problems;
}

export function findInlineCode(dist: string): InlineCode[] {
  return everyBuiltPage(dist).flatMap((page) => inlineCodeIn(readPage(page, dist)).map((problem) => ({ page, problem })));
}

/** The raw text of each inline `<style>` of a page, as the browser hashes it. */
export function inlineStyleTexts(html: string): string[] {
  return parse(html, { comment: false })
    .querySelectorAll('style')
    .map((style) => style.rawText);
}

/** The raw text of each script the build inlined on a page, as the browser hashes it. */
export function inlinedScriptTexts(html: string): string[] {
  return parse(html, { comment: false })
    .querySelectorAll(`script[${INLINED_FROM}]`)
    .map((script) => script.rawText);
}
