/**
 * Money and rates as integers, parsed from what a merchant types.
 *
 * Amounts are integer fen (分). Rates are integer millionths (1 = 0.0001%), so every rate
 * written with up to four decimals in percent (0.0325%) is exact.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Largest amount accepted anywhere: 1 亿元. Keeps every product of amount × rate exact. */
export const MAX_AMOUNT_FEN = 100_000_000 * 100;
export const RATE_SCALE = 1_000_000;
/** Digits after the decimal point a percentage may have (0.0325%). */
export const RATE_DECIMALS = 4;

const FULL_WIDTH: Record<string, string> = { '，': ',', '．': '.', '。': '.', '％': '%', '－': '-', '＋': '+', '\u3000': ' ' };

/** Full-width digits and punctuation to ASCII, spaces removed: what phones' Chinese keyboards type. */
export function normaliseNumberText(input: string): string {
  return input
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，．。％－＋\u3000]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/\s+/g, '');
}

const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

interface Decimal {
  negative: boolean;
  whole: string;
  fraction: string;
}

/** A plain decimal with optional thousands separators in groups of three ("1,000.5"). */
function parseDecimal(text: string): Decimal | string {
  const match = /^([+-]?)(\d[\d,]*)?(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === undefined && !match[3])) return '请输入数字，例如 1000 或 1,000.50';
  const [, sign, wholeRaw = '0', fraction = ''] = match;
  if (wholeRaw.includes(',') && !/^\d{1,3}(,\d{3})*$/.test(wholeRaw)) return '千位分隔符的位置不对，例如应写成 1,000 或直接写 1000';
  return { negative: sign === '-', whole: wholeRaw.replace(/,/g, '').replace(/^0+(?=\d)/, ''), fraction };
}

export interface AmountOptions {
  /** Whether 0 is acceptable (a fixed fee may be 0; a transaction amount may not). */
  allowZero?: boolean;
  max?: number;
}

/** "1,000.5" → 100050 分. Accepts ¥/￥ in front and 元 behind, full-width digits. */
export function parseYuan(input: string, { allowZero = false, max = MAX_AMOUNT_FEN }: AmountOptions = {}): Parsed<number> {
  const text = normaliseNumberText(input)
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '');
  if (text === '') return fail('请填写金额');
  const decimal = parseDecimal(text);
  if (typeof decimal === 'string') return fail(decimal);
  if (decimal.negative) return fail('金额不能是负数');
  if (decimal.fraction.length > 2) return fail('金额最多精确到分，小数点后最多两位');
  if (decimal.whole.length > 12) return fail(`金额太大：请输入不超过 ${formatYuan(max)} 元的金额`);
  const fen = Number(decimal.whole) * 100 + Number(decimal.fraction.padEnd(2, '0'));
  if (fen > max) return fail(`金额太大：请输入不超过 ${formatYuan(max)} 元的金额`);
  if (fen === 0 && !allowZero) return fail('金额要大于 0');
  return { ok: true, value: fen };
}

/** "0.6" or "0.6%" → 6000 millionths. A rate is a percentage between 0 and 100. */
export function parseRatePercent(input: string): Parsed<number> {
  const text = normaliseNumberText(input).replace(/%$/, '');
  if (text === '') return fail('请填写费率');
  const decimal = parseDecimal(text);
  if (typeof decimal === 'string') return fail(decimal.replace('1000 或 1,000.50', '0.6（表示 0.6%）'));
  if (decimal.negative) return fail('费率不能是负数');
  if (decimal.fraction.length > RATE_DECIMALS) return fail(`费率最多保留小数点后 ${RATE_DECIMALS} 位，例如 0.0325`);
  if (decimal.whole.length > 3) return fail('费率不能超过 100%');
  const millionths = Number(decimal.whole) * 10_000 + Number(decimal.fraction.padEnd(RATE_DECIMALS, '0'));
  if (millionths > RATE_SCALE) return fail('费率不能超过 100%');
  return { ok: true, value: millionths };
}

/** A whole count such as the number of transactions in a month. */
export function parseCount(input: string, { max = 10_000_000 }: { max?: number } = {}): Parsed<number> {
  const text = normaliseNumberText(input).replace(/笔$/, '');
  if (text === '') return fail('请填写笔数');
  const decimal = parseDecimal(text);
  if (typeof decimal === 'string') return fail('请输入整数笔数，例如 300');
  if (decimal.negative) return fail('笔数不能是负数');
  if (decimal.fraction.replace(/0+$/, '') !== '') return fail('笔数要是整数');
  if (decimal.whole.length > 9 || Number(decimal.whole) > max) return fail(`笔数太大：请输入不超过 ${max.toLocaleString('en-US')} 的数`);
  return { ok: true, value: Number(decimal.whole) };
}

/**
 * amount × rate, rounded to the nearest fen, halves up (四舍五入到分).
 * BigInt because 1 亿元 in fen times a rate in millionths passes 2^53.
 */
export function applyRate(amountFen: number, rateMillionths: number): number {
  const product = BigInt(amountFen) * BigInt(rateMillionths);
  const scale = BigInt(RATE_SCALE);
  return Number((product * 2n + scale) / (scale * 2n));
}

/** 100050 → "1,000.50" */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** 6000 millionths → "0.6%"; trailing zeros trimmed, at most four decimals. */
export function formatRate(millionths: number): string {
  const whole = Math.floor(millionths / 10_000);
  const fraction = String(millionths % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

/** Plain-text form for a form field and a URL: "1000.5" (no separators). */
export function yuanInputText(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  if (cents === 0) return String(whole);
  return `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** The rate input text without the % sign: 6000 → "0.6". */
export function rateInputText(millionths: number): string {
  return formatRate(millionths).replace(/%$/, '');
}
