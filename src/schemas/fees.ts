import { z } from 'astro/zod';
import { entryBase, isoDate, slug, source } from './common';

export const CARD_TYPES = { debit: '借记卡', credit: '贷记卡（信用卡）', any: '所有银行卡' } as const;
type CardType = keyof typeof CARD_TYPES;
const cardTypeKeys = Object.keys(CARD_TYPES) as [CardType, ...CardType[]];

export const FEE_PARTS = {
  issuer: '发卡行服务费',
  network: '网络服务费',
  acquiring: '收单服务费',
} as const;
export type FeePart = keyof typeof FEE_PARTS;
const feePartKeys = Object.keys(FEE_PARTS) as [FeePart, ...FeePart[]];

/** Who the fee goes to and who sets it: shown beside each part of the structure. */
export const FEE_PART_INFO: Record<FeePart, { payee: string; pricing: string }> = {
  issuer: { payee: '发卡银行（顾客的卡是哪家银行发的）', pricing: '政府指导价，有上限' },
  network: { payee: '银行卡清算机构（如中国银联）', pricing: '政府指导价，有上限' },
  acquiring: { payee: '收单机构（为你开通刷卡、给你结算的机构）', pricing: '市场调节价，由双方协商' },
};

export const MERCHANT_GROUPS = {
  all: '所有商户',
  standard: '标准类商户',
  preferential: '优惠类商户',
  nonprofit: '非营利性医疗、教育、社会福利、养老、慈善机构',
} as const;
type MerchantGroup = keyof typeof MERCHANT_GROUPS;
const merchantGroupKeys = Object.keys(MERCHANT_GROUPS) as [MerchantGroup, ...MerchantGroup[]];

/** A percentage written with at most four decimals (0.0325), so the site's arithmetic is exact. */
const percent = z
  .number({ error: '百分比要写数字，例如 0.35 表示 0.35%' })
  .min(0, { error: '百分比不能是负数' })
  .max(100, { error: '百分比不能超过 100' })
  .refine((n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6, { error: '百分比最多保留 4 位小数' });

/**
 * One published rule on one part of the card fee. Percentages are plain numbers (0.35 = 0.35%).
 * A rule either sets a ceiling (maxRatePercent, capYuan), cuts a ceiling (discountPercent),
 * exempts a group of merchants (exempt), or leaves the price to the market (note only).
 */
export const feeRuleSchema = z
  .strictObject({
    id: slug,
    part: z.enum(feePartKeys, { error: `费用 part 应为 ${feePartKeys.join('、')} 之一` }),
    cardType: z.enum(cardTypeKeys, { error: `卡种 cardType 应为 ${cardTypeKeys.join('、')} 之一` }),
    merchants: z.enum(merchantGroupKeys, { error: `商户类别 merchants 应为 ${merchantGroupKeys.join('、')} 之一` }).default('all'),
    maxRatePercent: percent.optional(),
    capYuan: z.number().min(0, { error: '封顶金额不能是负数' }).optional(),
    /** A cut in percent of the ceiling in force (10 = the ceiling is lowered by 10%). */
    discountPercent: percent.optional(),
    exempt: z.boolean().default(false),
    /** Market-priced parts have no ceiling: say so instead of a number. */
    note: z.string().optional(),
    effective: isoDate,
    until: isoDate.optional(),
    source,
  })
  .refine((r) => r.maxRatePercent !== undefined || r.discountPercent !== undefined || r.exempt || r.note, {
    error: '规定要写明费率上限 maxRatePercent、降费比例 discountPercent、免收 exempt，或用 note 说明（例如“市场调节价”）',
  })
  .refine((r) => !r.until || r.until > r.effective, { error: '截止日期 until 要晚于生效日期 effective', path: ['until'] });

/** A dated event in the history of fee policy. */
export const feeMilestoneSchema = z.strictObject({
  date: isoDate,
  /** `month` when only the month is known: the page then shows 2016年3月, not a made-up day. */
  precision: z.enum(['day', 'month']).default('day'),
  title: z.string().min(4),
  detail: z.string().min(4),
  source,
});

export const FEE_TOPICS = {
  structure: '费用构成',
  regulation: '监管规定',
  promotion: '优惠活动',
  change: '费率调整',
  transparency: '透明与比价',
  dispute: '争议处理',
} as const;
type FeeTopic = keyof typeof FEE_TOPICS;
const feeTopicKeys = Object.keys(FEE_TOPICS) as [FeeTopic, ...FeeTopic[]];

/** The fee tools an entry points to; each has its own page under /fees/. */
export const FEE_TOOLS = {
  calculator: { label: '手续费计算器', blurb: '输入金额和合同费率，算出手续费和应到账金额。' },
  compare: { label: '月成本与方案比较', blurb: '按你每月的刷卡量，并排比较两三个费率方案。' },
  check: { label: '我的手续费对吗？', blurb: '用到账金额反推实际费率，和合同对一对。' },
} as const;
export type FeeTool = keyof typeof FEE_TOOLS;
const feeToolKeys = Object.keys(FEE_TOOLS) as [FeeTool, ...FeeTool[]];

export const feeSchema = entryBase.extend({
  topic: z.enum(feeTopicKeys, { error: `主题 topic 应为 ${feeTopicKeys.join('、')} 之一` }),
  order: z.number().int().min(1).optional(),
  rules: z.array(feeRuleSchema).default([]),
  milestones: z.array(feeMilestoneSchema).default([]),
  tools: z.array(z.enum(feeToolKeys, { error: `工具 tools 应为 ${feeToolKeys.join('、')} 之一` })).default([]),
});

export type FeeData = z.output<typeof feeSchema>;
export type FeeRule = z.output<typeof feeRuleSchema>;
export type FeeMilestone = z.output<typeof feeMilestoneSchema>;
