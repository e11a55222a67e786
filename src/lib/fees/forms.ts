/**
 * The fee tools' forms as plain data: raw text in (from inputs or a shared link's query string),
 * typed values or per-field Chinese messages out. The same code renders the build-time example
 * and runs in the browser.
 */
import {
  calculateFee,
  impliedFee,
  monthlyOfferCost,
  type CardType,
  type FeeBreakdown,
  type FeeTerms,
  type ImpliedFee,
  type Offer,
  type OfferCost,
} from './calculate';
import { parseCount, parseRatePercent, parseYuan, type Parsed } from './money';

export type RawForm = Record<string, string>;
export type FieldErrors = Record<string, string>;
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Reads the named fields from a query string; unknown keys are ignored. */
export function formFromQuery(search: string, fields: readonly string[]): RawForm {
  const params = new URLSearchParams(search);
  const form: RawForm = {};
  for (const name of fields) {
    const value = params.get(name);
    if (value !== null) form[name] = value.slice(0, 40);
  }
  return form;
}

/** A query string for a form, leaving out empty fields: `?amount=10000&rate=0.5`. */
export function queryFromForm(form: RawForm, fields: readonly string[]): string {
  const params = new URLSearchParams();
  for (const name of fields) {
    const value = (form[name] ?? '').trim();
    if (value !== '') params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

class Collector {
  readonly errors: FieldErrors = {};
  constructor(private readonly form: RawForm) {}

  private take<T>(name: string, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.errors[name] = parsed.error;
    return undefined;
  }

  private text(name: string): string {
    return (this.form[name] ?? '').trim();
  }

  has(name: string): boolean {
    return this.text(name) !== '';
  }

  amount(name: string, allowZero = false): number | undefined {
    return this.take(name, parseYuan(this.text(name), { allowZero }));
  }

  optionalAmount(name: string): number | undefined {
    return this.has(name) ? this.amount(name, true) : undefined;
  }

  rate(name: string): number | undefined {
    return this.take(name, parseRatePercent(this.text(name)));
  }

  optionalRate(name: string): number | undefined {
    return this.has(name) ? this.rate(name) : undefined;
  }

  count(name: string): number | undefined {
    return this.take(name, parseCount(this.text(name)));
  }

  fail(name: string, message: string): void {
    this.errors[name] ??= message;
  }

  get failed(): boolean {
    return Object.keys(this.errors).length > 0;
  }
}

// ---------------------------------------------------------------- calculator

export const CALCULATOR_FIELDS = ['amount', 'card', 'rate', 'cap', 'fixed', 'd0'] as const;

export interface CalculatorResult {
  card: CardType;
  terms: FeeTerms;
  fee: FeeBreakdown;
  /** Worth a word: a cap written for a credit card is unusual. */
  notes: string[];
}

export function validateCalculator(form: RawForm): Validated<CalculatorResult> {
  const c = new Collector(form);
  const amountFen = c.amount('amount');
  const card: CardType = form.card === 'credit' ? 'credit' : 'debit';
  const rate = c.rate('rate');
  const capFen = c.optionalAmount('cap');
  const fixedFen = c.optionalAmount('fixed');
  const d0Rate = c.optionalRate('d0');
  if (c.failed || amountFen === undefined || rate === undefined) return { ok: false, errors: c.errors };
  const terms: FeeTerms = { rate, capFen, fixedFen, d0Rate };
  const fee = calculateFee(amountFen, terms);
  if (fee.netFen < 0) return { ok: false, errors: { amount: '按这些条件，手续费比交易金额还多：请检查金额、费率和固定费用' } };
  const notes: string[] = [];
  if (card === 'credit' && capFen !== undefined)
    notes.push('贷记卡（信用卡）的发卡行服务费按规定不封顶，合同里的封顶一般只用于借记卡：请核对合同写的是哪种卡。');
  if (rate > 50_000) notes.push('费率超过 5%，远高于常见水平：请再看一眼合同，确认没有多输一位。');
  return { ok: true, value: { card, terms, fee, notes } };
}

// ---------------------------------------------------------------- is my fee right?

export const CHECK_FIELDS = ['amount', 'settled', 'rate', 'cap', 'fixed'] as const;

export interface CheckResult {
  implied: ImpliedFee;
  /** What the contract terms give, when the rate was entered. */
  expected?: FeeBreakdown;
  /** implied − expected, in fen (positive: more was taken than the contract says). */
  differenceFen?: number;
}

export function validateCheck(form: RawForm): Validated<CheckResult> {
  const c = new Collector(form);
  const transactionFen = c.amount('amount');
  const settledFen = c.amount('settled', true);
  const rate = c.optionalRate('rate');
  const capFen = c.optionalAmount('cap');
  const fixedFen = c.optionalAmount('fixed');
  if (rate === undefined && !c.has('rate') && (capFen !== undefined || fixedFen !== undefined)) {
    c.fail('rate', '填了封顶或固定费用时，也请填写合同费率');
  }
  if (transactionFen !== undefined && settledFen !== undefined && settledFen > transactionFen) {
    c.fail('settled', '到账金额比交易金额还多：请检查是否填反了，或这笔到账是否合并了几笔交易');
  }
  if (c.failed || transactionFen === undefined || settledFen === undefined) return { ok: false, errors: c.errors };
  const implied = impliedFee(transactionFen, settledFen);
  if (rate === undefined) return { ok: true, value: { implied } };
  const expected = calculateFee(transactionFen, { rate, capFen, fixedFen });
  return { ok: true, value: { implied, expected, differenceFen: implied.feeFen - expected.totalFen } };
}

// ---------------------------------------------------------------- offer comparison

export const OFFER_KEYS = ['a', 'b', 'c'] as const;
export const OFFER_FIELDS = ['name', 'debitRate', 'debitCap', 'creditRate', 'fixed', 'd0', 'monthly'] as const;
export const VOLUME_FIELDS = ['debitVolume', 'debitCount', 'creditVolume', 'creditCount'] as const;
export const COMPARE_FIELDS = [...VOLUME_FIELDS, ...OFFER_KEYS.flatMap((k) => OFFER_FIELDS.map((f) => `${k}_${f}`))] as const;

export interface CompareResult {
  costs: OfferCost[];
  /** Which offer keys the costs belong to, in order. */
  keys: string[];
}

const DEFAULT_OFFER_NAMES: Record<string, string> = { a: '方案一', b: '方案二', c: '方案三' };

export function validateCompare(form: RawForm): Validated<CompareResult> {
  const c = new Collector(form);
  const volumes = {} as Record<CardType, { volumeFen: number; count: number }>;
  for (const card of ['debit', 'credit'] as const) {
    const volumeFen = c.has(`${card}Volume`) ? c.amount(`${card}Volume`, true) : 0;
    const count = c.has(`${card}Count`) ? c.count(`${card}Count`) : 0;
    if (volumeFen !== undefined && count !== undefined) {
      if (volumeFen > 0 && count === 0) c.fail(`${card}Count`, '有交易金额时，笔数至少 1 笔（封顶和每笔固定费用都按笔算）');
      if (volumeFen === 0 && count > 0) c.fail(`${card}Volume`, '有笔数时请填写这些交易的总金额');
      volumes[card] = { volumeFen, count };
    }
  }
  if (!c.failed && volumes.debit.volumeFen === 0 && volumes.credit.volumeFen === 0) {
    c.fail('debitVolume', '请至少填写一种卡的月交易额和笔数');
  }
  const offers: Offer[] = [];
  const keys: string[] = [];
  for (const key of OFFER_KEYS) {
    const field = (f: string) => `${key}_${f}`;
    const used = OFFER_FIELDS.some((f) => f !== 'name' && c.has(field(f)));
    if (!used) continue;
    const debitRate = c.rate(field('debitRate'));
    const debitCap = c.optionalAmount(field('debitCap'));
    const creditRate = c.rate(field('creditRate'));
    const fixedFen = c.optionalAmount(field('fixed'));
    const d0Rate = c.optionalRate(field('d0'));
    const monthlyFen = c.optionalAmount(field('monthly'));
    if (debitRate === undefined || creditRate === undefined) continue;
    const name = (form[field('name')] ?? '').trim().slice(0, 20) || (DEFAULT_OFFER_NAMES[key] ?? key);
    offers.push({
      name,
      debit: { rate: debitRate, capFen: debitCap, fixedFen, d0Rate },
      credit: { rate: creditRate, fixedFen, d0Rate },
      monthlyFen,
    });
    keys.push(key);
  }
  if (!c.failed && offers.length < 2) {
    const missing = OFFER_KEYS.find((k) => !keys.includes(k)) ?? 'b';
    c.fail(`${missing}_debitRate`, '请至少填写两个方案的借记卡和贷记卡费率，才能比较');
  }
  if (c.failed) return { ok: false, errors: c.errors };
  return { ok: true, value: { costs: offers.map((o) => monthlyOfferCost(volumes, o)), keys } };
}

export type CheckVerdict = 'no-contract' | 'match' | 'over' | 'under';

/** A difference of a fen either way is a rounding habit, not an overcharge. */
export const ROUNDING_TOLERANCE_FEN = 1;

export function checkVerdict(result: CheckResult): CheckVerdict {
  if (result.differenceFen === undefined) return 'no-contract';
  if (Math.abs(result.differenceFen) <= ROUNDING_TOLERANCE_FEN) return 'match';
  return result.differenceFen > 0 ? 'over' : 'under';
}
