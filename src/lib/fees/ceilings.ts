/**
 * The ceilings a standard merchant's card fee had to respect, as the fee index shows them: one
 * column per date on which a rule took effect, and what the first ceilings mean for sample amounts.
 */
import { FEE_PARTS, type FeePart } from '../../schemas/fees';
import { formatRate, formatYuan } from './money';
import { ceilingFeeFen, ceilingOn, type Ceiling, type RuleLike } from './rules';

/** The rows of the table: the two regulated parts, each for debit and credit cards. */
const ROWS: { part: FeePart; card: 'debit' | 'credit'; cardLabel: string }[] = [
  { part: 'issuer', card: 'debit', cardLabel: '借记卡' },
  { part: 'issuer', card: 'credit', cardLabel: '贷记卡' },
  { part: 'network', card: 'debit', cardLabel: '借记卡' },
  { part: 'network', card: 'credit', cardLabel: '贷记卡' },
];

/** Amounts where every ceiling comes out in whole fen, so "at most" is exact. */
export const SAMPLE_AMOUNTS_FEN = [20_000, 100_000, 1_000_000, 5_000_000];

export interface CeilingTable {
  /** The dates a rule took effect, oldest first: one column each. */
  starts: Date[];
  rows: { label: string; cells: string[] }[];
  /** Whether the rules say the acquiring part is left to the market. */
  marketPricedAcquiring: boolean;
  /** The latest date a cut runs until, if any. */
  lastEnd: Date | undefined;
  /** What the first ceilings allow on sample transactions; undefined without rules. */
  samples: { from: Date; columns: string[]; rows: { amountFen: number; cellsFen: number[] }[] } | undefined;
}

const describe = (c: Ceiling | undefined) =>
  c ? `${formatRate(c.rate)}，${c.capFen !== undefined ? `封顶 ${formatYuan(c.capFen)} 元` : '不封顶'}` : '—';

export function ceilingTable(rules: RuleLike[], amountsFen: number[] = SAMPLE_AMOUNTS_FEN): CeilingTable {
  const starts = [...new Set(rules.map((r) => r.effective.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  const lastEnd = rules.flatMap((r) => (r.until ? [r.until] : [])).sort((a, b) => b.getTime() - a.getTime())[0];
  const first = starts[0];
  const usable = first
    ? ROWS.flatMap(({ part, card, cardLabel }) => {
        const ceiling = ceilingOn(rules, part, card, first);
        return ceiling ? [{ label: `${cardLabel}${FEE_PARTS[part]}`, ceiling }] : [];
      })
    : [];
  return {
    starts,
    rows: ROWS.map(({ part, card, cardLabel }) => ({
      label: `${cardLabel}${FEE_PARTS[part]}`,
      cells: starts.map((d) => describe(ceilingOn(rules, part, card, d))),
    })),
    marketPricedAcquiring: rules.some((r) => r.part === 'acquiring'),
    lastEnd,
    samples:
      first && usable.length > 0
        ? {
            from: first,
            columns: usable.map((c) => c.label),
            rows: amountsFen.map((amountFen) => ({ amountFen, cellsFen: usable.map((c) => ceilingFeeFen(c.ceiling, amountFen)) })),
          }
        : undefined,
  };
}
