import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { itemAt } from '../src/lib/required';

const CATEGORIES = ['settlement', 'applying', 'fees', 'device-network', 'account-risk', 'security'] as const;

/** A small deterministic PRNG so the same N always gives the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Chinese sentences taken from the real content bodies, to make synthetic text read like ours. */
export function sentencesFrom(contentDir: string): string[] {
  const sentences = new Set<string>();
  for (const collection of readdirSync(contentDir)) {
    const dir = join(contentDir, collection);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const body = readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?\n---/, '');
      const prose = body
        .split('\n')
        .filter((line) => !/^\s*(#|\||import |<|```)/.test(line))
        .map((line) => line.replace(/^\s*(?:[-*>]|\d+\.)\s+/, ''))
        .join('\n')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      for (const s of prose.split(/(?<=[。！？])/)) {
        const clean = s.replace(/[*`]/g, '').replace(/\s+/g, ' ').trim();
        if (clean.length >= 12 && clean.length <= 120 && /[\u4e00-\u9fff]/.test(clean) && !/[{}<]/.test(clean)) sentences.add(clean);
      }
    }
  }
  return [...sentences];
}

/**
 * The first `length` characters of a sentence for a title or description, never ending inside
 * a Latin word: a cut `www.lakala.com` would read as a link to another site, which the content
 * lint refuses.
 */
function cut(sentence: string, length: number): string {
  const head = sentence.slice(0, length);
  const trimmed = /[A-Za-z0-9.]$/.test(head) && /^[A-Za-z0-9.]/.test(sentence.slice(length)) ? head.replace(/[A-Za-z0-9.]+$/, '') : head;
  return trimmed.replace(/"/g, '');
}

export interface SyntheticEntry {
  path: string;
  text: string;
}

/** N synthetic FAQ entries with front matter that passes the schema and links to earlier entries. */
export function syntheticEntries(n: number, sentences: string[], seed = 42): SyntheticEntry[] {
  if (sentences.length === 0) throw new Error('No sentences to build synthetic content from');
  const random = seededRandom(seed);
  const pick = () => itemAt(sentences, Math.floor(random() * sentences.length));
  const entries: SyntheticEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const related = [1, 2, 3]
      .map((k) => i - k * 7)
      .filter((j) => j >= 1)
      .map((j) => `faq/synthetic-${String(j).padStart(5, '0')}`);
    const lead = pick();
    const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 3 }, pick).join(''));
    const text = `---
title: "示例问题 ${i}：${cut(lead, 24)}"
description: "${cut(lead, 60)}"
answer: "${pick().replace(/"/g, '')}"
category: ${CATEGORIES[i % CATEGORIES.length]}
updated: 2026-11-25
aliases: ["示例 ${i}", "问题 ${i}"]
sources:
  - title: 合成测试内容
related: [${related.map((r) => `"${r}"`).join(', ')}]
---

${paragraphs[0]}

## 怎么确认

${paragraphs[1]}

## 怎么处理

${paragraphs[2]}
`;
    entries.push({ path: `faq/${id}.mdx`, text });
  }
  return entries;
}

const RELATIVE_IMPORT = /^(import\s.+?\sfrom\s+)(["'])(\.{1,2}\/[^"']+)\2/gm;

/**
 * An entry's imports of the site's components (`../../src/components/...`) are relative to where
 * the entry lives; in a copy elsewhere they are written as absolute paths so they still resolve.
 */
export function anchorImports(text: string, originalDir: string): string {
  return text.replace(
    RELATIVE_IMPORT,
    (_, head: string, quote: string, path: string) => `${head}${quote}${resolve(originalDir, path)}${quote}`,
  );
}

/** Copies the real content to `target` and adds N synthetic entries; returns the total entry count. */
export function writeSyntheticContent(realContent: string, target: string, n: number): number {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(realContent, target, { recursive: true });
  for (const file of readdirSync(target, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx$/.test(f))) {
    const copy = join(target, file);
    const text = readFileSync(copy, 'utf8');
    const anchored = anchorImports(text, dirname(join(realContent, file)));
    if (anchored !== text) writeFileSync(copy, anchored);
  }
  for (const entry of syntheticEntries(n, sentencesFrom(realContent))) {
    writeFileSync(join(target, entry.path), entry.text);
  }
  return countEntries(target);
}

export function countEntries(contentDir: string): number {
  let count = 0;
  for (const collection of readdirSync(contentDir)) {
    const dir = join(contentDir, collection);
    for (const file of readdirSync(dir)) {
      if (/\.mdx?$/.test(file)) count++;
      else if (/\.ya?ml$/.test(file)) count += (readFileSync(join(dir, file), 'utf8').match(/^- /gm) ?? []).length;
    }
  }
  return count;
}
