import { describe, expect, it } from 'vitest';
import { checkFeeIds } from './fees';
import type { ContentEntry, SiteContent } from './types';

const fee = (id: string, ruleIds: string[] = []): ContentEntry => ({ id, collection: 'fees', filePath: `content/fees/${id}.mdx`, data: { rules: ruleIds.map((r) => ({ id: r })) } });
const site = (fees: ContentEntry[]) => ({ fees }) as unknown as SiteContent;

describe('checkFeeIds', () => {
  it('accepts distinct names and rule ids', () => {
    expect(checkFeeIds(site([fee('caps', ['a', 'b']), fee('structure', ['c'])]))).toEqual([]);
  });
  it('refuses an entry named like a tool page', () => {
    expect(checkFeeIds(site([fee('calculator')]))).toEqual([expect.objectContaining({ file: 'content/fees/calculator.mdx', field: '文件名' })]);
  });
  it('refuses a rule id used in two entries', () => {
    expect(checkFeeIds(site([fee('one', ['a']), fee('two', ['a'])]))).toEqual([expect.objectContaining({ file: 'content/fees/two.mdx', field: 'rules.0.id' })]);
  });
});
