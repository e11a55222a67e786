/**
 * The worked examples the fee tool pages show without JavaScript. Each is the tool's own form
 * input, so the numbers on the page come from the same code the tool runs, and the sentence that
 * sets the example up is written from the same input: change a number here and the prose follows.
 * The terms are made up for the demonstration, not anyone's offer.
 */
import { OFFER_KEYS, type RawForm } from './forms';
import { formatRate, formatYuan, parseCount, parseRatePercent, parseYuan } from './money';

/** Two offers where the lower rates cost more, once per-transaction and monthly fees are added. */
export const COMPARE_EXAMPLE: RawForm = {
  debitVolume: '60,000',
  debitCount: '300',
  creditVolume: '40,000',
  creditCount: '150',
  a_name: '甲方案',
  a_debitRate: '0.5',
  a_debitCap: '20',
  a_creditRate: '0.6',
  b_name: '乙方案',
  b_debitRate: '0.45',
  b_creditRate: '0.55',
  b_fixed: '0.2',
  b_monthly: '30',
};

/** The calculator's examples: a debit card whose cap applies, and a credit card with extra fees. */
export const CALCULATOR_EXAMPLES: { heading: string; headingId: string; input: RawForm }[] = [
  { heading: '借记卡大额交易：封顶生效', headingId: 'example-capped', input: { amount: '10000', card: 'debit', rate: '0.5', cap: '20' } },
  {
    heading: '信用卡交易：有固定费用和 D0 附加费',
    headingId: 'example-d0',
    input: { amount: '1,000', card: 'credit', rate: '0.6', fixed: '0.5', d0: '0.05' },
  },
];

/** The check tool's example: a transaction and what arrived of it, in fen. */
export const CHECK_EXAMPLE = { amountFen: 100_000, settledFen: 99_380 };

/** `60,000` for whole yuan, `0.20` otherwise: how the prose writes an amount. */
function yuan(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseYuan(text);
  if (!parsed.ok) return undefined;
  return parsed.value % 100 === 0 ? formatYuan(parsed.value).replace(/\.00$/, '') : formatYuan(parsed.value);
}

function rate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseRatePercent(text);
  return parsed.ok ? formatRate(parsed.value) : undefined;
}

function count(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseCount(text);
  return parsed.ok ? String(parsed.value) : undefined;
}

/** One offer in words: 甲方案：借记卡 0.5%、封顶 20 元，信用卡 0.6%。 */
function describeOffer(input: RawForm, key: string): string | undefined {
  const name = input[`${key}_name`];
  const debit = rate(input[`${key}_debitRate`]);
  const credit = rate(input[`${key}_creditRate`]);
  if (!name || !debit || !credit) return undefined;
  const cap = yuan(input[`${key}_debitCap`]);
  const fixed = yuan(input[`${key}_fixed`]);
  const monthly = yuan(input[`${key}_monthly`]);
  const extras = [fixed && `每笔加收 ${fixed} 元`, monthly && `每月还有 ${monthly} 元固定费用`].filter(Boolean);
  const terms = `借记卡 ${debit}${cap ? `、封顶 ${cap} 元` : ''}、信用卡 ${credit}`;
  return `${name}：${terms}${extras.length ? `，另外${extras.join('，')}` : ''}。`;
}

/** The sentence that sets up a comparison: the shop's month, then each offer's terms. */
export function describeCompareInput(input: RawForm): string {
  const month = `假设一家店每月借记卡 ${yuan(input['debitVolume']) ?? '—'} 元、${count(input['debitCount']) ?? '—'} 笔，信用卡 ${yuan(input['creditVolume']) ?? '—'} 元、${count(input['creditCount']) ?? '—'} 笔。`;
  const offers = OFFER_KEYS.map((key) => describeOffer(input, key)).filter((text) => text !== undefined);
  return `${month}${offers.join('')}（方案条件为演示而假设，不是任何机构的报价。）`;
}
