/**
 * Card-fee arithmetic on integer fen. The merchant's own contract supplies every rate and cap:
 * nothing here knows what any acquirer charges.
 */
import { applyRate, RATE_SCALE } from './money';

export interface FeeTerms {
  /** The contract rate, in millionths (0.6% = 6000). */
  rate: number;
  /** Per-transaction cap on the rate part (封顶), in fen. */
  capFen?: number | undefined;
  /** Fixed fee per transaction, in fen. */
  fixedFen?: number | undefined;
  /** Extra rate for same-day settlement (D0), in millionths; never capped. */
  d0Rate?: number | undefined;
}

export interface FeeBreakdown {
  amountFen: number;
  /** amount × rate, before any cap. */
  uncappedFen: number;
  /** The rate part after the cap. */
  rateFeeFen: number;
  capped: boolean;
  fixedFen: number;
  d0Fen: number;
  totalFen: number;
  /** What should reach the settlement account. */
  netFen: number;
  /** total ÷ amount, in millionths, rounded half up. */
  effectiveRate: number;
}

/** ratio numerator ÷ denominator as a rate in millionths, rounded half up. */
export function ratioToRate(numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  const scaled = BigInt(numerator) * BigInt(RATE_SCALE) * 2n + BigInt(denominator);
  return Number(scaled / (BigInt(denominator) * 2n));
}

/**
 * Fee on one transaction: rate part (rounded to the fen, then capped), plus fixed fee, plus D0
 * surcharge (rounded on its own). Each part is rounded separately, halves up, as a slip lists them.
 */
export function calculateFee(amountFen: number, terms: FeeTerms): FeeBreakdown {
  const uncappedFen = applyRate(amountFen, terms.rate);
  const capped = terms.capFen !== undefined && uncappedFen > terms.capFen;
  const rateFeeFen = capped ? (terms.capFen as number) : uncappedFen;
  const fixedFen = terms.fixedFen ?? 0;
  const d0Fen = terms.d0Rate ? applyRate(amountFen, terms.d0Rate) : 0;
  const totalFen = rateFeeFen + fixedFen + d0Fen;
  return {
    amountFen,
    uncappedFen,
    rateFeeFen,
    capped,
    fixedFen,
    d0Fen,
    totalFen,
    netFen: amountFen - totalFen,
    effectiveRate: ratioToRate(totalFen, amountFen),
  };
}

/** The amount at which the rate part reaches the cap: above it, the fee stops growing. */
export function capThresholdFen(terms: Pick<FeeTerms, 'rate' | 'capFen'>): number | undefined {
  if (terms.capFen === undefined || terms.rate === 0) return undefined;
  return Math.ceil((terms.capFen * RATE_SCALE) / terms.rate);
}

export interface ImpliedFee {
  feeFen: number;
  /** fee ÷ transaction amount, in millionths. */
  rate: number;
}

/** From a slip or a statement: what was actually taken, and as what rate. */
export function impliedFee(transactionFen: number, settledFen: number): ImpliedFee {
  const feeFen = transactionFen - settledFen;
  return { feeFen, rate: ratioToRate(feeFen, transactionFen) };
}

export type CardType = 'debit' | 'credit';

export interface CardVolume {
  volumeFen: number;
  count: number;
}

export interface Offer {
  name: string;
  debit: FeeTerms;
  credit: FeeTerms;
  /** Fixed monthly charge (服务费, 流量费, rental), in fen. */
  monthlyFen?: number | undefined;
}

export interface CardCost {
  rateFeeFen: number;
  /** Whether the average transaction reaches the cap, so the cap was used. */
  capped: boolean;
  fixedFen: number;
  d0Fen: number;
  totalFen: number;
}

export interface OfferCost {
  name: string;
  debit: CardCost;
  credit: CardCost;
  monthlyFen: number;
  totalFen: number;
  /** total ÷ all volume, in millionths. */
  effectiveRate: number;
}

/**
 * A month's fees for one card type. Whether the cap applies is judged on the average transaction
 * (volume ÷ count): a month of mixed sizes can differ, which the page says.
 */
export function monthlyCardCost({ volumeFen, count }: CardVolume, terms: FeeTerms): CardCost {
  if (count === 0 || volumeFen === 0) return { rateFeeFen: 0, capped: false, fixedFen: 0, d0Fen: 0, totalFen: 0 };
  const averageFen = Math.round(volumeFen / count);
  const capped = terms.capFen !== undefined && applyRate(averageFen, terms.rate) > terms.capFen;
  const rateFeeFen = capped ? (terms.capFen as number) * count : applyRate(volumeFen, terms.rate);
  const fixedFen = (terms.fixedFen ?? 0) * count;
  const d0Fen = terms.d0Rate ? applyRate(volumeFen, terms.d0Rate) : 0;
  return { rateFeeFen, capped, fixedFen, d0Fen, totalFen: rateFeeFen + fixedFen + d0Fen };
}

export function monthlyOfferCost(volumes: Record<CardType, CardVolume>, offer: Offer): OfferCost {
  const debit = monthlyCardCost(volumes.debit, offer.debit);
  const credit = monthlyCardCost(volumes.credit, offer.credit);
  const monthlyFen = offer.monthlyFen ?? 0;
  const totalFen = debit.totalFen + credit.totalFen + monthlyFen;
  return {
    name: offer.name,
    debit,
    credit,
    monthlyFen,
    totalFen,
    effectiveRate: ratioToRate(totalFen, volumes.debit.volumeFen + volumes.credit.volumeFen),
  };
}

/** Indexes of the cheapest offers (several when they tie). */
export function cheapest(costs: OfferCost[]): number[] {
  if (costs.length === 0) return [];
  const min = Math.min(...costs.map((c) => c.totalFen));
  return costs.flatMap((c, i) => (c.totalFen === min ? [i] : []));
}
