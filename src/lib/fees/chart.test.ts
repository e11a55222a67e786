import { describe, expect, it } from 'vitest';
import { barChart } from './chart';
import { monthlyOfferCost } from './calculate';

const volumes = { debit: { volumeFen: 5_000_000, count: 100 }, credit: { volumeFen: 3_000_000, count: 200 } };
const a = monthlyOfferCost(volumes, { name: '甲', debit: { rate: 5000 }, credit: { rate: 6000 } });
const b = monthlyOfferCost(volumes, {
  name: '乙',
  debit: { rate: 5000, fixedFen: 10 },
  credit: { rate: 6000, fixedFen: 10 },
  monthlyFen: 3000,
});

describe('barChart', () => {
  it('gives the most expensive offer the full width', () => {
    const chart = barChart([a, b], [0]);
    const widths = chart.bars.map((bar) => bar.segments.reduce((sum, s) => sum + s.width, 0));
    expect(widths[1]).toBeCloseTo(chart.width, 0);
    expect(widths[0]).toBeCloseTo((a.totalFen / b.totalFen) * chart.width, 0);
    expect(chart.bars[0]?.cheapest).toBe(true);
    expect(chart.bars[1]?.cheapest).toBe(false);
  });

  it('stacks the parts of a bar side by side and leaves empty parts out', () => {
    const bar = barChart([b]).bars[0];
    if (!bar) throw new Error('no bar');
    expect(bar.segments.map((s) => s.kind)).toEqual(['rate', 'fixed', 'monthly']);
    for (let i = 1; i < bar.segments.length; i++) {
      const prev = bar.segments[i - 1];
      expect(bar.segments[i]?.x).toBeCloseTo((prev?.x ?? 0) + (prev?.width ?? 0), 0);
    }
    expect(bar.total).toBe('490.00 元/月');
  });

  it('draws nothing wider than the chart, even with zero costs', () => {
    const zero = monthlyOfferCost(
      { debit: { volumeFen: 0, count: 0 }, credit: { volumeFen: 0, count: 0 } },
      { name: '零', debit: { rate: 0 }, credit: { rate: 0 } },
    );
    const chart = barChart([zero]);
    expect(chart.bars[0]?.segments).toEqual([]);
    expect(chart.height).toBeGreaterThan(0);
  });
});
