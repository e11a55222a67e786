import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { applyReplacements, planGlossaryLinks, splitText, TermMatcher, type GlossaryTerm } from './glossary-links';

const TERMS: GlossaryTerm[] = [
  { id: 'settlement', title: '结算', aliases: ['到账'] },
  { id: 'settlement-account', title: '结算账户', aliases: ['结算卡'] },
  { id: 'pos', title: 'POS', aliases: ['刷卡机'] },
  { id: 'sign-in', title: '签到', aliases: ['卡'] },
];

const href = (id: string) => `/glossary/${id}/`;

function linksIn(root: Root): { text: string; href: string }[] {
  const found: { text: string; href: string }[] = [];
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'element' && node.properties.className?.includes('term-link')) {
      found.push({ text: (node.children[0] as { value: string }).value, href: String(node.properties.href) });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return found;
}

function linkedFixture(exclude?: string): Root {
  const source = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/glossary-links/page.mdx'), 'utf8');
  const root = mdxToHast(source) as Root;
  const matcher = new TermMatcher(TERMS, exclude);
  return applyReplacements(root, planGlossaryLinks(root, matcher, href));
}

describe('splitText', () => {
  it('links the longest name at a position, and each term once', () => {
    const linked = new Set<string>();
    const parts = splitText('结算账户里没有结算的钱，结算账户', new TermMatcher(TERMS), linked);
    expect(parts).toEqual([
      { text: '结算账户', termId: 'settlement-account' },
      { text: '里没有' },
      { text: '结算', termId: 'settlement' },
      { text: '的钱，结算账户' },
    ]);
    expect([...linked].sort()).toEqual(['settlement', 'settlement-account']);
  });

  it('does not link a shorter term inside a longer one that was already linked', () => {
    const linked = new Set(['settlement-account']);
    expect(splitText('结算账户', new TermMatcher(TERMS), linked)).toEqual([{ text: '结算账户' }]);
  });

  it('matches Latin names as whole words, ignoring case', () => {
    const matcher = new TermMatcher(TERMS);
    expect(splitText('POSTER', matcher, new Set())).toEqual([{ text: 'POSTER' }]);
    expect(splitText('用pos机', matcher, new Set())).toEqual([{ text: '用' }, { text: 'pos', termId: 'pos' }, { text: '机' }]);
  });

  it('ignores one-character names and the excluded term', () => {
    expect(splitText('卡', new TermMatcher(TERMS), new Set())).toEqual([{ text: '卡' }]);
    expect(splitText('结算', new TermMatcher(TERMS, 'settlement'), new Set())).toEqual([{ text: '结算' }]);
  });

  it('lets a title win over the same text used as another term’s alias', () => {
    const matcher = new TermMatcher([
      { id: 'a', title: '冲正', aliases: [] },
      { id: 'b', title: '撤销', aliases: ['冲正'] },
    ]);
    expect(splitText('冲正', matcher, new Set())).toEqual([{ text: '冲正', termId: 'a' }]);
  });
});

describe('planGlossaryLinks on a fixture page', () => {
  it('links each term once at its first mention in running text', () => {
    expect(linksIn(linkedFixture())).toEqual([
      { text: '结算', href: '/glossary/settlement/' },
      { text: '结算账户', href: '/glossary/settlement-account/' },
      { text: 'POS', href: '/glossary/pos/' },
      { text: '签到', href: '/glossary/sign-in/' },
    ]);
  });

  it('never links inside headings, links or code', () => {
    const root = linkedFixture();
    const heading = root.children.find((n) => n.type === 'element' && n.tagName === 'h2') as Element;
    expect(heading.children).toEqual([expect.objectContaining({ type: 'text', value: '结算失败怎么办' })]);
    const json = JSON.stringify(root);
    expect(json).toContain('"href":"/faq/x/"');
    expect(json).not.toMatch(/"tagName":"(code|pre)"[^\]]*term-link/);
  });

  it('leaves the term alone on its own page', () => {
    const links = linksIn(linkedFixture('settlement'));
    expect(links.map((l) => l.text)).toEqual(['结算账户', 'POS', '签到']);
  });

  it('changes nothing without terms', () => {
    const root = mdxToHast('结算') as Root;
    expect(planGlossaryLinks(root, new TermMatcher([]), href)).toEqual([]);
  });
});

describe('a term on its own page', () => {
  it('does not link a shorter term inside the page’s own term', () => {
    const matcher = new TermMatcher(TERMS, 'settlement-account');
    expect(splitText('结算账户里的结算', matcher, new Set())).toEqual([
      { text: '结算账户里的' },
      { text: '结算', termId: 'settlement' },
    ]);
  });

  it('has nothing to link when the only term is the page’s own', () => {
    const own = TERMS.slice(0, 1);
    expect(new TermMatcher(own, 'settlement').isEmpty).toBe(true);
    expect(new TermMatcher(own).isEmpty).toBe(false);
  });
});
