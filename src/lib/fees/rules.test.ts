import { describe, expect, it } from 'vitest';
import { ceilingFeeFen, ceilingOn, changeDates, inForce, percentToRate, type RuleLike } from './rules';
import { CEILINGS_2016, day, ISSUER_DEBIT_CUT, rule } from './test-rules';

const RULES: RuleLike[] = [
  ...CEILINGS_2016,
  rule({ id: 'nonprofit', part: 'issuer', cardType: 'any', merchants: 'nonprofit', exempt: true }),
  ISSUER_DEBIT_CUT,
  rule({
    id: 'network-cut',
    part: 'network',
    cardType: 'debit',
    merchants: 'standard',
    discountPercent: 10,
    effective: day('2021-09-30'),
    until: day('2024-09-30'),
  }),
  rule({
    id: 'preferential',
    part: 'issuer',
    cardType: 'debit',
    merchants: 'preferential',
    discountPercent: 22,
    effective: day('2021-09-30'),
    until: day('2024-09-30'),
  }),
];

describe('ceilingOn', () => {
  it('reads the 2016 ceilings', () => {
    const on = day('2020-01-01');
    expect(ceilingOn(RULES, 'issuer', 'debit', on)).toMatchObject({ rate: 3500, capFen: 1300 });
    expect(ceilingOn(RULES, 'issuer', 'credit', on)).toMatchObject({ rate: 4500, capFen: undefined });
    expect(ceilingOn(RULES, 'network', 'credit', on)).toMatchObject({ rate: 650, capFen: 650 });
    expect(ceilingOn(RULES, 'acquiring', 'debit', on)).toBeUndefined();
  });

  it('applies the 2021 cut to debit cards of standard merchants only, caps unchanged', () => {
    const on = day('2022-01-01');
    expect(ceilingOn(RULES, 'issuer', 'debit', on)).toMatchObject({ rate: 3150, capFen: 1300, ruleIds: ['issuer-debit', 'issuer-cut'] });
    expect(ceilingOn(RULES, 'network', 'debit', on)).toMatchObject({ rate: 585, capFen: 650 });
    expect(ceilingOn(RULES, 'issuer', 'credit', on)).toMatchObject({ rate: 4500 });
  });

  it('ends the cut on its until date', () => {
    const cut = RULES.find((r) => r.id === 'issuer-cut');
    expect(cut && inForce(cut, day('2024-09-29'))).toBe(true);
    expect(cut && inForce(cut, day('2024-09-30'))).toBe(false);
    expect(ceilingOn(RULES, 'issuer', 'debit', day('2025-01-01'))).toMatchObject({ rate: 3500 });
  });

  it('has nothing before the reform', () => {
    expect(ceilingOn(RULES, 'issuer', 'debit', day('2016-01-01'))).toBeUndefined();
  });
});

describe('ceilingFeeFen', () => {
  it('shows the cap biting on a large debit transaction', () => {
    const issuer = ceilingOn(RULES, 'issuer', 'debit', day('2020-01-01'))!;
    expect(ceilingFeeFen(issuer, 100_000)).toBe(350); // 1,000 元 → 3.50 元
    expect(ceilingFeeFen(issuer, 1_000_000)).toBe(1300); // 10,000 元 → 35 元, capped at 13 元
  });
});

describe('helpers', () => {
  it('converts percentages exactly', () => {
    expect(percentToRate(0.065)).toBe(650);
    expect(percentToRate(0.0325)).toBe(325);
  });
  it('lists the change dates in order', () => {
    expect(changeDates(RULES).map((x) => x.toISOString().slice(0, 10))).toEqual(['2016-09-06', '2021-09-30', '2024-09-30']);
  });
});
