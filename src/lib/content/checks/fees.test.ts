import { describe, expect, it } from 'vitest';
import { checkFeeIds } from './fees';
import { feeEntry, siteOf } from '../test-entries';

const rule = (id: string) => ({ id, part: 'issuer' as const, cardType: 'debit' as const, merchants: 'all' as const, exempt: false, effective: new Date('2016-09-06'), source: { title: '测试依据' } });
const fee = (id: string, ruleIds: string[] = []) => feeEntry(id, { rules: ruleIds.map(rule) });
const check = (...fees: ReturnType<typeof fee>[]) => checkFeeIds(siteOf(fees), new Set());

describe('checkFeeIds', () => {
  it('accepts distinct names and rule ids', () => {
    expect(check(fee('caps', ['a', 'b']), fee('structure', ['c']))).toEqual([]);
  });
  it('refuses an entry named like a tool page', () => {
    expect(check(fee('calculator'))).toEqual([expect.objectContaining({ file: 'content/fees/calculator.mdx', field: '文件名' })]);
  });
  it('refuses a rule id used in two entries', () => {
    expect(check(fee('one', ['a']), fee('two', ['a']))).toEqual([expect.objectContaining({ file: 'content/fees/two.mdx', field: 'rules.0.id' })]);
  });
});
