import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/** A glossary term as the linker needs it: its id (the URL), its title and the other names it goes by. */
export interface GlossaryTerm {
  id: string;
  title: string;
  aliases: string[];
}

/** One piece of a text node after linking: plain text, or text that links to a term. */
export type TextPart = { text: string; termId?: string };

/** A text node to be replaced by the given nodes. */
export interface Replacement {
  node: Text;
  parts: ElementContent[];
}

/** Elements whose text is never linked: headings, existing links, code, and form or embedded content. */
const SKIPPED = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'label',
  'textarea',
  'select',
  'option',
  'title',
]);

/** Names shorter than this would link half the page (a single character such as 卡). */
const MIN_LENGTH = 2;

interface Surface {
  text: string;
  termId: string;
  /** Titles win over aliases of the same length. */
  isTitle: boolean;
}

const isAsciiWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Finds glossary terms in running text. At each position the longest name wins, so an alias
 * that is part of a longer term (结算 inside 结算账户) never takes the longer term's place.
 * Latin names match whole words only (POS does not match inside POSTER), case-insensitively.
 */
export class TermMatcher {
  private readonly byFirstChar = new Map<string, Surface[]>();

  /**
   * `exclude` is the term whose own page this is: its names are still matched, so that on the
   * page of 结算账户 the word 结算账户 does not link 结算, but they never link.
   */
  readonly exclude: string | undefined;

  constructor(terms: GlossaryTerm[], exclude?: string) {
    this.exclude = exclude;
    const seen = new Set<string>();
    const surfaces: Surface[] = [];
    const ordered = [...terms].sort((a, b) => a.id.localeCompare(b.id));
    for (const isTitle of [true, false]) {
      for (const term of ordered) {
        for (const name of isTitle ? [term.title] : term.aliases) {
          const text = lowerAscii(name.trim());
          if (text.length < MIN_LENGTH || seen.has(text)) continue;
          seen.add(text);
          surfaces.push({ text, termId: term.id, isTitle });
        }
      }
    }
    surfaces.sort((a, b) => b.text.length - a.text.length || Number(b.isTitle) - Number(a.isTitle));
    for (const surface of surfaces) {
      const first = surface.text[0];
      if (first === undefined) continue;
      const list = this.byFirstChar.get(first) ?? [];
      list.push(surface);
      this.byFirstChar.set(first, list);
    }
    this.isEmpty = !surfaces.some((s) => s.termId !== exclude);
  }

  /** True when nothing can link: no terms, or only the excluded one. */
  readonly isEmpty: boolean;

  /** The longest name starting at `index` of `lowered` (the text with ASCII lower-cased). */
  matchAt(lowered: string, index: number): Surface | undefined {
    const char = lowered[index];
    const candidates = char === undefined ? undefined : this.byFirstChar.get(char);
    if (!candidates) return undefined;
    for (const surface of candidates) {
      if (!lowered.startsWith(surface.text, index)) continue;
      const end = index + surface.text.length;
      if (isAsciiWord(surface.text[0]) && isAsciiWord(lowered[index - 1])) continue;
      if (isAsciiWord(surface.text[surface.text.length - 1]) && isAsciiWord(lowered[end])) continue;
      return surface;
    }
    return undefined;
  }
}

/**
 * Splits one text into plain and linked parts. `linked` holds the terms already linked on the
 * page and is updated: each term links at its first mention only. A later mention of a linked
 * term is skipped whole, so a shorter term inside it does not link either.
 */
export function splitText(text: string, matcher: TermMatcher, linked: Set<string>): TextPart[] {
  const lowered = lowerAscii(text);
  const parts: TextPart[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const match = matcher.matchAt(lowered, i);
    if (!match) {
      i += 1;
      continue;
    }
    const end = i + match.text.length;
    if (!linked.has(match.termId) && match.termId !== matcher.exclude) {
      linked.add(match.termId);
      if (i > plainStart) parts.push({ text: text.slice(plainStart, i) });
      parts.push({ text: text.slice(i, end), termId: match.termId });
      plainStart = end;
    }
    i = end;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart) });
  return parts;
}

function skips(node: RootContent): boolean {
  if (node.type === 'element') return SKIPPED.has(node.tagName);
  // MDX components and JSX elements written in MDX (<a href>…</a>) are plain objects with a `name`.
  const name = (node as { name?: unknown }).name;
  return typeof name === 'string' && SKIPPED.has(name.toLowerCase());
}

/**
 * The text nodes of a document that get glossary links, in document order, with what replaces
 * each. Headings, links, code and the like are never touched; each term links once per page.
 */
export function planGlossaryLinks(root: Root, matcher: TermMatcher, href: (termId: string) => string): Replacement[] {
  const replacements: Replacement[] = [];
  if (matcher.isEmpty) return replacements;
  const linked = new Set<string>();
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') {
      const parts = splitText(node.value, matcher, linked);
      if (parts.some((p) => p.termId)) {
        replacements.push({ node, parts: parts.map((p) => (p.termId ? termLink(p.text, href(p.termId)) : textNode(p.text))) });
      }
      return;
    }
    if (node.type !== 'root' && skips(node)) return;
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(root);
  return replacements;
}

function textNode(value: string): Text {
  return { type: 'text', value };
}

function termLink(text: string, href: string): Element {
  return { type: 'element', tagName: 'a', properties: { href, className: ['term-link'] }, children: [textNode(text)] };
}

/** Applies replacements to a plain tree in place (the build's Markdown processor applies them its own way). */
export function applyReplacements(root: Root, replacements: Replacement[]): Root {
  const byNode = new Map(replacements.map((r) => [r.node, r.parts]));
  const walk = (node: Root | RootContent) => {
    if (!('children' in node)) return;
    const children = node.children as RootContent[];
    node.children = children.flatMap((child) => byNode.get(child as Text) ?? [child]);
    for (const child of node.children) walk(child);
  };
  walk(root);
  return root;
}
