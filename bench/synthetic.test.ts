import { describe, expect, it } from 'vitest';
import { faqSchema } from '../src/schemas/faq';
import { anchorImports, seededRandom, syntheticEntries } from './synthetic';
import yaml from 'js-yaml';

const SENTENCES = [
  '顾客刷卡成功并不代表钱已经到账。',
  '结算卡的户名必须和营业执照上的经营者一致。',
  '节假日的交易通常顺延到下一个工作日结算。',
];

describe('synthetic content', () => {
  it('is deterministic', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(syntheticEntries(5, SENTENCES)).toEqual(syntheticEntries(5, SENTENCES));
  });

  it('writes entries that pass the FAQ schema and only link to earlier entries', () => {
    const entries = syntheticEntries(30, SENTENCES);
    expect(entries).toHaveLength(30);
    const ids = new Set(entries.map((e) => `faq/${e.path.slice(4, -4)}`));
    for (const entry of entries) {
      const front = yaml.load(/^---\n([\s\S]*?)\n---/.exec(entry.text)![1]!) as Record<string, unknown>;
      const parsed = faqSchema.safeParse(front);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      for (const ref of front.related as string[]) expect(ids.has(ref)).toBe(true);
    }
  });

  it('refuses to work without sentences', () => {
    expect(() => syntheticEntries(1, [])).toThrow(/No sentences/);
  });

  it('keeps the imports of site components working in a copy of the content elsewhere', () => {
    const text =
      "---\ntitle: x\n---\nimport CopyTemplate from '../../src/components/content/CopyTemplate.astro';\n\n正文 ../../不是导入。\n";
    expect(anchorImports(text, '/site/content/guides')).toBe(
      "---\ntitle: x\n---\nimport CopyTemplate from '/site/src/components/content/CopyTemplate.astro';\n\n正文 ../../不是导入。\n",
    );
  });
});
