import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoredEntries, CONTENT, frontMatter } from '../support/content';

/** The topics of the source article, S1–S29 (see the content coverage list). */
const TOPICS = Array.from({ length: 29 }, (_, i) => `S${i + 1}`);

interface Tagged {
  ref: string;
  topics: string[];
}

/** Entries written as MDX carry front matter with `topics`; YAML data files (codes) do not. */
function taggedEntries(contentDir: string = CONTENT): Tagged[] {
  return authoredEntries(contentDir)
    .filter((e) => ['.mdx', '.md'].some((ext) => existsSync(join(contentDir, e.collection, `${e.id}${ext}`))))
    .map((e) => {
      const topics = frontMatter(e.collection, e.id, contentDir).topics;
      return { ref: `${e.collection}/${e.id}`, topics: Array.isArray(topics) ? topics.map(String) : [] };
    });
}

/** Which entries cover each topic. */
function coverage(entries: Tagged[]): Map<string, string[]> {
  const map = new Map(TOPICS.map((t) => [t, [] as string[]]));
  for (const entry of entries) for (const topic of entry.topics) map.get(topic)?.push(entry.ref);
  return map;
}

function uncovered(entries: Tagged[]): string[] {
  return [...coverage(entries)].filter(([, refs]) => refs.length === 0).map(([topic]) => topic);
}

describe('topic coverage', () => {
  it('reports a topic that no entry covers', () => {
    const entries = TOPICS.filter((t) => t !== 'S17').map((t) => ({ ref: `faq/${t}`, topics: [t] }));
    expect(uncovered(entries)).toEqual(['S17']);
    expect(uncovered([])).toHaveLength(29);
  });

  it('covers every topic S1–S29 of the source article with at least one entry', () => {
    const entries = taggedEntries();
    expect(entries.length).toBeGreaterThan(0);
    const missing = uncovered(entries);
    expect(missing, `no entry lists these topics: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('knowledge base minimums', () => {
  const entries = authoredEntries();
  const of = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => frontMatter(collection, e.id));

  it('has at least 25 FAQ entries across all six categories, with popularity 1–8 given once each', () => {
    const faq = of('faq');
    expect(faq.length).toBeGreaterThanOrEqual(25);
    const categories = new Set(faq.map((f) => f.category));
    expect([...categories].sort()).toEqual(['account-risk', 'applying', 'device-network', 'fees', 'security', 'settlement']);
    const ranks = faq.map((f) => f.popularity).filter((p) => p !== undefined);
    expect([...ranks].sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('has at least 30 glossary terms, each with synonyms', () => {
    const glossary = of('glossary');
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    for (const term of glossary) expect(term.synonyms, String(term.title)).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it('has at least 6 brand criteria and 3 labelled typical scenarios', () => {
    const brands = of('brands');
    expect(brands.filter((b) => b.kind === 'criterion').length).toBeGreaterThanOrEqual(6);
    const scenarios = brands.filter((b) => b.kind === 'scenario');
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
    for (const s of scenarios) expect(String(s.title)).toMatch(/^典型场景/);
  });

  it('has at least 18 prevention tips covering every area', () => {
    const tips = of('prevention');
    expect(tips.length).toBeGreaterThanOrEqual(18);
    expect(new Set(tips.map((t) => t.area))).toEqual(new Set(['device', 'network', 'account', 'operation', 'security']));
  });
});
