/**
 * Reading the published fee rules: which ceiling applies to a part of the fee on a date, after
 * any cut, and what that ceiling means for a transaction of a given size.
 */
import { calculateFee, type FeeTerms } from './calculate';
import type { FeePart } from '../../schemas/fees';

/** The fields of a rule this module reads (the schema's output type satisfies it). */
export interface RuleLike {
  id: string;
  part: FeePart;
  cardType: 'debit' | 'credit' | 'any';
  merchants: 'all' | 'standard' | 'preferential' | 'nonprofit';
  maxRatePercent?: number | undefined;
  capYuan?: number | undefined;
  discountPercent?: number | undefined;
  exempt: boolean;
  effective: Date;
  until?: Date | undefined;
}

export interface Ceiling {
  part: FeePart;
  cardType: 'debit' | 'credit';
  /** Rate ceiling in millionths (0.35% = 3500). */
  rate: number;
  capFen?: number | undefined;
  /** Ids of the rules that produced it, base rule first. */
  ruleIds: string[];
}

/** 0.35 (percent) → 3500 millionths, exact for up to four decimals. */
export const percentToRate = (percent: number): number => Math.round(percent * 10_000);
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);

export function inForce(rule: RuleLike, on: Date): boolean {
  return rule.effective <= on && (!rule.until || on < rule.until);
}

const appliesTo = (rule: RuleLike, part: FeePart, cardType: 'debit' | 'credit') =>
  rule.part === part && (rule.cardType === cardType || rule.cardType === 'any');

/**
 * The ceiling for a standard merchant on a date: the latest base rule with a rate, lowered by
 * every cut in force for standard merchants. Undefined where no ceiling exists (acquiring).
 */
export function ceilingOn(rules: RuleLike[], part: FeePart, cardType: 'debit' | 'credit', on: Date): Ceiling | undefined {
  const relevant = rules.filter(
    (r) => appliesTo(r, part, cardType) && inForce(r, on) && (r.merchants === 'all' || r.merchants === 'standard'),
  );
  const base = relevant
    .filter((r) => r.maxRatePercent !== undefined && !r.exempt)
    .sort((a, b) => b.effective.getTime() - a.effective.getTime())[0];
  if (!base || base.maxRatePercent === undefined) return undefined;
  let rate = percentToRate(base.maxRatePercent);
  const ruleIds = [base.id];
  for (const cut of relevant.filter((r) => r.discountPercent !== undefined)) {
    rate = Math.round((rate * (100 - (cut.discountPercent as number))) / 100);
    ruleIds.push(cut.id);
  }
  return { part, cardType, rate, capFen: base.capYuan === undefined ? undefined : yuanToFen(base.capYuan), ruleIds };
}

/** The most a part may cost on one transaction under a ceiling. */
export function ceilingFeeFen(ceiling: Ceiling, amountFen: number): number {
  const terms: FeeTerms = { rate: ceiling.rate, capFen: ceiling.capFen };
  return calculateFee(amountFen, terms).totalFen;
}

/** The dates on which any rule started or ended, in order: the moments the ceilings changed. */
export function changeDates(rules: RuleLike[]): Date[] {
  const times = new Set<number>();
  for (const r of rules) {
    times.add(r.effective.getTime());
    if (r.until) times.add(r.until.getTime());
  }
  return [...times].sort((a, b) => a - b).map((t) => new Date(t));
}
