import { describe, expect, it } from 'vitest';
import { feeRuleSchema, feeSchema } from './fees';

const rule = {
  id: 'issuer-debit',
  part: 'issuer',
  cardType: 'debit',
  maxRatePercent: 0.35,
  capYuan: 13,
  effective: '2016-09-06',
  source: { title: '通知' },
};
const entry = {
  title: '刷卡手续费的监管上限',
  description: '发卡行服务费和网络服务费有上限。',
  updated: '2026-11-25',
  sources: [{ title: '通知' }],
  topic: 'regulation',
};

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.path.join('.')) ?? []);

describe('fee rules', () => {
  it('accept a ceiling, a cut, an exemption and a market-priced part', () => {
    expect(feeRuleSchema.safeParse(rule).success).toBe(true);
    expect(
      feeRuleSchema.safeParse({
        ...rule,
        maxRatePercent: undefined,
        capYuan: undefined,
        merchants: 'standard',
        discountPercent: 10,
        until: '2024-09-30',
      }).success,
    ).toBe(true);
    expect(feeRuleSchema.safeParse({ ...rule, maxRatePercent: undefined, merchants: 'nonprofit', exempt: true }).success).toBe(true);
    expect(feeRuleSchema.safeParse({ ...rule, maxRatePercent: undefined, part: 'acquiring', note: '市场调节价' }).success).toBe(true);
  });

  it('refuse a rule that says nothing', () => {
    const result = feeRuleSchema.safeParse({ ...rule, maxRatePercent: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('maxRatePercent');
  });

  it('refuse more than four decimals, an end before the start and an unknown merchant group', () => {
    expect(paths(feeRuleSchema.safeParse({ ...rule, maxRatePercent: 0.03251 }))).toContain('maxRatePercent');
    expect(paths(feeRuleSchema.safeParse({ ...rule, until: '2015-01-01' }))).toContain('until');
    expect(paths(feeRuleSchema.safeParse({ ...rule, merchants: 'shops' }))).toContain('merchants');
  });
});

describe('fee entries', () => {
  it('default rules, milestones and tools to empty lists', () => {
    const parsed = feeSchema.parse(entry);
    expect(parsed).toMatchObject({ rules: [], milestones: [], tools: [] });
  });

  it('accept a month-precision milestone and known tools only', () => {
    const milestone = { date: '2016-03-01', precision: 'month', title: '改革发布', detail: '通知发布', source: { title: '通知' } };
    expect(feeSchema.safeParse({ ...entry, milestones: [milestone], tools: ['calculator'] }).success).toBe(true);
    expect(paths(feeSchema.safeParse({ ...entry, tools: ['loan'] }))).toContain('tools.0');
  });
});
