import { describe, expect, it } from 'vitest';
import { ceilingTable } from './ceilings';
import type { RuleLike } from './rules';
import { CEILINGS_2016, ISSUER_DEBIT_CUT, rule } from './test-rules';

const RULES: RuleLike[] = [...CEILINGS_2016, rule({ id: 'acquiring', part: 'acquiring', cardType: 'any' }), ISSUER_DEBIT_CUT];

describe('ceilingTable', () => {
  const table = ceilingTable(RULES, [100_000]);

  it('has a column per date a rule took effect and a row per regulated part and card', () => {
    expect(table.starts.map((s) => s.toISOString().slice(0, 10))).toEqual(['2016-09-06', '2021-09-30']);
    expect(table.rows.map((r) => r.label)).toEqual(['借记卡发卡行服务费', '贷记卡发卡行服务费', '借记卡网络服务费', '贷记卡网络服务费']);
    expect(table.rows[0]?.cells).toEqual(['0.35%，封顶 13.00 元', '0.315%，封顶 13.00 元']);
    expect(table.rows[1]?.cells).toEqual(['0.45%，不封顶', '0.45%，不封顶']);
  });

  it('says when the acquiring part is market-priced and when the cut ends', () => {
    expect(table.marketPricedAcquiring).toBe(true);
    expect(table.lastEnd?.toISOString().slice(0, 10)).toBe('2024-09-30');
  });

  it('works out the first ceilings on sample amounts', () => {
    expect(table.samples?.rows).toEqual([{ amountFen: 100_000, cellsFen: [350, 450, 65, 65] }]);
  });

  it('is empty without rules', () => {
    expect(ceilingTable([])).toMatchObject({ starts: [], samples: undefined, marketPricedAcquiring: false });
  });
});
