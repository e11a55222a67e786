import { describe, expect, it } from 'vitest';
import { validateCompare } from './forms';
import { compareRows, compareSummary } from './compare-view';

const compare = (form: Record<string, string>) => {
  const result = validateCompare(form);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const volumes = { debitVolume: '50000', debitCount: '100', creditVolume: '30000', creditCount: '200' };

describe('compare view', () => {
  it('names the cheapest offer and the yearly difference', () => {
    const result = compare({
      ...volumes,
      a_debitRate: '0.5',
      a_creditRate: '0.6',
      b_name: '乙',
      b_debitRate: '0.55',
      b_creditRate: '0.55',
      b_monthly: '30',
    });
    expect(compareSummary(result)).toBe('按你填的数字，方案一每月最省，约 430.00 元，比最贵的方案每月少 40.00 元，一年约少 480.00 元。');
    const { head, rows } = compareRows(result);
    expect(head).toEqual(['方案一（最省）', '乙']);
    expect(rows.find((r) => r.total)?.cells).toEqual(['430.00 元', '470.00 元']);
  });

  it('says so when offers cost the same', () => {
    const result = compare({ ...volumes, a_debitRate: '0.5', a_creditRate: '0.6', b_debitRate: '0.5', b_creditRate: '0.6' });
    expect(compareSummary(result)).toContain('每月费用相同');
  });

  it('marks a debit total that used the cap', () => {
    const result = compare({
      debitVolume: '50000',
      debitCount: '5',
      a_debitRate: '0.5',
      a_debitCap: '20',
      a_creditRate: '0.6',
      b_debitRate: '0.5',
      b_creditRate: '0.6',
    });
    expect(compareRows(result).rows[0]?.cells[0]).toBe('100.00 元（按封顶）');
  });
});
