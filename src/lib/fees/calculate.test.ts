import { describe, expect, it } from 'vitest';
import { calculateFee, capThresholdFen, cheapest, impliedFee, monthlyCardCost, monthlyOfferCost, ratioToRate } from './calculate';

describe('calculateFee', () => {
  it('caps a debit card at 0.5% capped at 20 元 on 10,000 元 to 20 元', () => {
    const fee = calculateFee(1_000_000, { rate: 5000, capFen: 2000 });
    expect(fee).toMatchObject({ uncappedFen: 5000, rateFeeFen: 2000, capped: true, totalFen: 2000, netFen: 998_000, effectiveRate: 2000 });
  });

  it('leaves a fee under the cap alone', () => {
    const fee = calculateFee(100_000, { rate: 5000, capFen: 2000 }); // 1,000 元 → 5 元
    expect(fee).toMatchObject({ rateFeeFen: 500, capped: false, netFen: 99_500, effectiveRate: 5000 });
  });

  it('does not cap when the fee equals the cap exactly', () => {
    expect(calculateFee(400_000, { rate: 5000, capFen: 2000 })).toMatchObject({ rateFeeFen: 2000, capped: false });
  });

  it('adds a fixed fee and a D0 surcharge, each rounded on its own', () => {
    // 100 元 at 0.6% = 0.60; fixed 0.30; D0 0.05% = 0.05 → 0.95 元, 0.95%
    const fee = calculateFee(10_000, { rate: 6000, fixedFen: 30, d0Rate: 500 });
    expect(fee).toMatchObject({ rateFeeFen: 60, fixedFen: 30, d0Fen: 5, totalFen: 95, netFen: 9905, effectiveRate: 9500 });
  });

  it('rounds each part half up to the fen', () => {
    // 2.50 元 × 0.6% = 1.5 分 → 2; × 0.02% = 0.05 分 → 0
    expect(calculateFee(250, { rate: 6000, d0Rate: 200 })).toMatchObject({ rateFeeFen: 2, d0Fen: 0, totalFen: 2 });
  });

  it('does not cap the D0 surcharge', () => {
    const fee = calculateFee(1_000_000, { rate: 5000, capFen: 2000, d0Rate: 500 });
    expect(fee).toMatchObject({ rateFeeFen: 2000, d0Fen: 500, totalFen: 2500 });
  });
});

describe('capThresholdFen', () => {
  it('is the amount where the rate part reaches the cap', () => {
    expect(capThresholdFen({ rate: 5000, capFen: 2000 })).toBe(400_000);
    expect(capThresholdFen({ rate: 6000, capFen: 2000 })).toBe(333_334);
    expect(capThresholdFen({ rate: 6000 })).toBeUndefined();
  });
});

describe('impliedFee', () => {
  it('reads the fee and rate from a settled amount', () => {
    expect(impliedFee(1_000_000, 994_000)).toEqual({ feeFen: 6000, rate: 6000 });
    expect(impliedFee(33_300, 33_100)).toEqual({ feeFen: 200, rate: 6006 }); // 0.6006%
  });
  it('gives 0 for a zero transaction instead of dividing by zero', () => {
    expect(ratioToRate(5, 0)).toBe(0);
  });
});

describe('monthly costs', () => {
  const volumes = { debit: { volumeFen: 5_000_000, count: 100 }, credit: { volumeFen: 3_000_000, count: 200 } };

  it('uses the cap when the average transaction reaches it', () => {
    // 50,000 元 debit in 10 transactions of 5,000 元: 0.5% = 25 元 > 20 元 cap
    expect(monthlyCardCost({ volumeFen: 5_000_000, count: 10 }, { rate: 5000, capFen: 2000 })).toMatchObject({
      rateFeeFen: 20_000,
      capped: true,
    });
  });

  it('charges the rate on the whole volume otherwise', () => {
    expect(monthlyCardCost(volumes.debit, { rate: 5000, capFen: 2000 })).toMatchObject({ rateFeeFen: 25_000, capped: false });
  });

  it('counts fixed fees per transaction and adds the monthly charge', () => {
    const cost = monthlyOfferCost(volumes, {
      name: '甲',
      debit: { rate: 5000, capFen: 2000, fixedFen: 10 },
      credit: { rate: 6000, fixedFen: 10 },
      monthlyFen: 3000,
    });
    // debit 250 + 10 元; credit 180 + 20 元; monthly 30 元 → 490 元
    expect(cost.debit.totalFen).toBe(26_000);
    expect(cost.credit.totalFen).toBe(20_000);
    expect(cost.totalFen).toBe(49_000);
    expect(cost.effectiveRate).toBe(6125); // 490 / 80,000 = 0.6125%
  });

  it('finds the cheapest offers, ties included', () => {
    const a = monthlyOfferCost(volumes, { name: 'a', debit: { rate: 5000 }, credit: { rate: 6000 } });
    const b = monthlyOfferCost(volumes, { name: 'b', debit: { rate: 6000 }, credit: { rate: 6000 } });
    expect(cheapest([a, b])).toEqual([0]);
    expect(cheapest([a, a, b])).toEqual([0, 1]);
    expect(cheapest([])).toEqual([]);
  });

  it('costs nothing in a month without transactions', () => {
    expect(monthlyCardCost({ volumeFen: 0, count: 0 }, { rate: 6000, fixedFen: 50 }).totalFen).toBe(0);
  });
});
