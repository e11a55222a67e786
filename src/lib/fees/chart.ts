/**
 * Geometry of the offer-comparison bar chart: one horizontal bar per offer, split into what the
 * money is for. Pure numbers, so the build and the browser draw the same chart.
 */
import type { OfferCost } from './calculate';
import { formatYuan } from './money';

export const SEGMENT_KINDS = {
  rate: '按费率部分',
  fixed: '每笔固定费用',
  d0: 'D0 附加费',
  monthly: '月费',
} as const;
export type SegmentKind = keyof typeof SEGMENT_KINDS;

export interface Segment {
  kind: SegmentKind;
  x: number;
  width: number;
  valueFen: number;
}

export interface Bar {
  label: string;
  /** Top of the label line; the bar sits below it. */
  y: number;
  barY: number;
  segments: Segment[];
  total: string;
  cheapest: boolean;
}

export interface BarChart {
  width: number;
  height: number;
  barHeight: number;
  bars: Bar[];
}

const WIDTH = 320;
const ROW = 58;
const BAR = 22;
const LABEL = 20;

export function barChart(costs: OfferCost[], cheapestIndexes: number[] = []): BarChart {
  const max = Math.max(1, ...costs.map((c) => c.totalFen));
  const bars = costs.map((cost, i): Bar => {
    const parts: [SegmentKind, number][] = [
      ['rate', cost.debit.rateFeeFen + cost.credit.rateFeeFen],
      ['fixed', cost.debit.fixedFen + cost.credit.fixedFen],
      ['d0', cost.debit.d0Fen + cost.credit.d0Fen],
      ['monthly', cost.monthlyFen],
    ];
    let x = 0;
    const segments = parts
      .filter(([, fen]) => fen > 0)
      .map(([kind, fen]) => {
        const width = Math.round((fen / max) * WIDTH * 10) / 10;
        const segment = { kind, x: Math.round(x * 10) / 10, width: Math.max(width, 1), valueFen: fen };
        x += width;
        return segment;
      });
    const y = i * ROW;
    return {
      label: cost.name,
      y,
      barY: y + LABEL + 4,
      segments,
      total: `${formatYuan(cost.totalFen)} 元/月`,
      cheapest: cheapestIndexes.includes(i),
    };
  });
  return { width: WIDTH, height: Math.max(ROW, costs.length * ROW), barHeight: BAR, bars };
}
