/** What the comparison shows in words and table cells, shared by the build-time example and the page script. */
import type { CompareResult } from './forms';
import { cheapest } from './calculate';
import { formatRate, formatYuan } from './money';

export interface CompareRow {
  label: string;
  cells: string[];
  total?: boolean;
}

const yuan = (fen: number) => `${formatYuan(fen)} 元`;

export function compareRows({ costs }: CompareResult): { head: string[]; rows: CompareRow[] } {
  const best = cheapest(costs);
  return {
    head: costs.map((c, i) => (best.includes(i) ? `${c.name}（最省）` : c.name)),
    rows: [
      { label: '借记卡手续费', cells: costs.map((c) => yuan(c.debit.totalFen) + (c.debit.capped ? '（按封顶）' : '')) },
      { label: '贷记卡手续费', cells: costs.map((c) => yuan(c.credit.totalFen)) },
      { label: '其中每笔固定费用', cells: costs.map((c) => yuan(c.debit.fixedFen + c.credit.fixedFen)) },
      { label: '其中 D0 附加费', cells: costs.map((c) => yuan(c.debit.d0Fen + c.credit.d0Fen)) },
      { label: '月费', cells: costs.map((c) => yuan(c.monthlyFen)) },
      { label: '每月合计', cells: costs.map((c) => yuan(c.totalFen)), total: true },
      { label: '综合费率', cells: costs.map((c) => formatRate(c.effectiveRate)) },
    ],
  };
}

/** One sentence that answers "which is cheaper for me?". */
export function compareSummary({ costs }: CompareResult): string {
  const best = cheapest(costs).flatMap((i) => costs[i] ?? []);
  const min = Math.min(...costs.map((c) => c.totalFen));
  if (best.length === costs.length) return `按你填的数字，几个方案每月费用相同，都是 ${yuan(min)}。`;
  const names = best.map((c) => c.name).join('、');
  const max = Math.max(...costs.map((c) => c.totalFen));
  return `按你填的数字，${names}每月最省，约 ${yuan(min)}，比最贵的方案每月少 ${yuan(max - min)}，一年约少 ${yuan((max - min) * 12)}。`;
}
