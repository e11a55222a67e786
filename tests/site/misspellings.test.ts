import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../support/content';
import { builtPages, readPage } from '../support/dist';

/** Filter-dodging spellings in the source article; the site writes 身份证, 刷卡, 积分, 诈骗, 信息. */
const MISSPELLINGS = ['身份F证', '刷ka卡', '积芬', '炸骗', '信xi息'];

function found(text: string): string[] {
  const lower = text.toLowerCase();
  return MISSPELLINGS.filter((word) => lower.includes(word.toLowerCase()));
}

describe("the source article's misspellings", () => {
  it('are recognised', () => {
    expect(found('请带好身份f证')).toEqual(['身份F证']);
    expect(found('请带好身份证')).toEqual([]);
  });

  it('appear in no content file', () => {
    const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx?|ya?ml)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const hits = files.flatMap((f) => found(readFileSync(join(CONTENT, f), 'utf8')).map((w) => `${f}: ${w}`));
    expect(hits).toEqual([]);
  });

  it('appear on no built page', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(0);
    const hits = pages.flatMap((p) => found(readPage(p)).map((w) => `${p}: ${w}`));
    expect(hits).toEqual([]);
  });
});
