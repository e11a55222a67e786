import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptySiteContent, type SiteContent } from '../src/lib/content/types';
import { faqEntry } from '../src/lib/content/test-entries';
import { writeSyntheticContent } from './synthetic';

/**
 * Content with the two mistakes authors make most at scale, planted among N synthetic FAQ
 * entries: a second file for one slug (`.md` beside `.mdx`) and a `related` that points at
 * nothing. The build and the content lint must name both the same way at 5,000 entries as at 50.
 */
export const DUPLICATE_ID = 'synthetic-00042';
export const DANGLING_FROM = 'synthetic-00049';
export const DANGLING_TO = 'faq/no-such-entry';

const idOf = (i: number) => `synthetic-${String(i).padStart(5, '0')}`;

/** The FAQ section as the cross-entry checks see it: N entries (each related to earlier ones), and the file names. */
export function syntheticSection(n: number, { mistakes = true } = {}): { content: SiteContent; files: string[] } {
  const content = emptySiteContent();
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const id = idOf(i);
    const related = [1, 2, 3]
      .map((k) => i - k * 7)
      .filter((j) => j >= 1)
      .map((j) => ({ collection: 'faq' as const, id: idOf(j) }));
    if (mistakes && id === DANGLING_FROM) related.unshift({ collection: 'faq', id: DANGLING_TO.replace(/^faq\//, '') });
    content.faq.push(faqEntry(id, { related }));
    files.push(`${id}.mdx`);
    if (mistakes && id === DUPLICATE_ID) files.push(`${id}.md`);
  }
  return { content, files: files.sort() };
}

/** Writes the real content plus N synthetic entries, then plants the two mistakes in the files. */
export function writeBadContent(realContent: string, target: string, n: number): void {
  if (n < 49) throw new Error('The planted mistakes need at least 49 synthetic entries');
  writeSyntheticContent(realContent, target, n);
  const faq = join(target, 'faq');
  copyFileSync(join(faq, `${DUPLICATE_ID}.mdx`), join(faq, `${DUPLICATE_ID}.md`));
  const file = join(faq, `${DANGLING_FROM}.mdx`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^related: \[/m, `related: ["${DANGLING_TO}", `));
}
