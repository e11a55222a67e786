import { parse } from 'node-html-parser';
import { everyBuiltPage, readPage } from './dist';

export interface InlineCode {
  page: string;
  problem: string;
}

/** Script types that hold data, never run, and so are not script under the CSP. */
const DATA_SCRIPT_TYPES = ['application/ld+json', 'application/json', 'speculationrules'];

/** Finds what the strict CSP would block on a page: inline scripts and styles, event handler attributes, javascript: URLs. */
export function inlineCodeIn(html: string): string[] {
  const problems: string[] = [];
  const root = parse(html, { comment: false });
  for (const script of root.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!script.hasAttribute('src') && !DATA_SCRIPT_TYPES.includes(type)) {
      problems.push(`inline <script>: ${script.text.trim().slice(0, 80)}`);
    }
  }
  for (const style of root.querySelectorAll('style')) problems.push(`inline <style>: ${style.text.trim().slice(0, 80)}`);
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
