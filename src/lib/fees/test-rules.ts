/** Fee rules for unit tests: the shape `RuleLike` takes, with the defaults most rules share. */
import type { RuleLike } from './rules';

/** A date at midnight UTC, as the schema gives `effective` and `until`. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const rule = (r: Partial<RuleLike> & Pick<RuleLike, 'id' | 'part' | 'cardType'>): RuleLike => ({
  merchants: 'all',
  exempt: false,
  effective: day('2016-09-06'),
  ...r,
});

/** The 2016 ceilings: issuer debit and credit, and the network fee. */
export const CEILINGS_2016: RuleLike[] = [
  rule({ id: 'issuer-debit', part: 'issuer', cardType: 'debit', maxRatePercent: 0.35, capYuan: 13 }),
  rule({ id: 'issuer-credit', part: 'issuer', cardType: 'credit', maxRatePercent: 0.45 }),
  rule({ id: 'network', part: 'network', cardType: 'any', maxRatePercent: 0.065, capYuan: 6.5 }),
];

/** A 10 % cut of the issuer's debit ceiling for standard merchants, in force for three years. */
export const ISSUER_DEBIT_CUT: RuleLike = rule({
  id: 'issuer-cut',
  part: 'issuer',
  cardType: 'debit',
  merchants: 'standard',
  discountPercent: 10,
  effective: day('2021-09-30'),
  until: day('2024-09-30'),
});
