import { z } from 'astro/zod';
import { entryBase, isoDate, source } from './common';

export const CARD_TYPES = { debit: '借记卡', credit: '贷记卡（信用卡）', any: '所有银行卡' } as const;
type CardType = keyof typeof CARD_TYPES;
const cardTypeKeys = Object.keys(CARD_TYPES) as [CardType, ...CardType[]];

export const FEE_PARTS = {
  issuer: '发卡行服务费',
  network: '网络服务费',
  acquiring: '收单服务费',
} as const;
type FeePart = keyof typeof FEE_PARTS;
const feePartKeys = Object.keys(FEE_PARTS) as [FeePart, ...FeePart[]];

/** A regulatory cap on one part of the card fee, as published. Percentages are plain numbers (0.35 = 0.35%). */
export const feeRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  part: z.enum(feePartKeys),
  cardType: z.enum(cardTypeKeys),
  maxRatePercent: z.number().min(0).max(100).optional(),
  capYuan: z.number().min(0).optional(),
  /** Market-priced parts have no cap: say so instead of a number. */
  note: z.string().optional(),
  effective: isoDate,
  until: isoDate.optional(),
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

export const feeSchema = entryBase.extend({
  topic: z.enum(feeTopicKeys, { error: `主题 topic 应为 ${feeTopicKeys.join('、')} 之一` }),
  order: z.number().int().min(1).optional(),
  rules: z.array(feeRuleSchema).default([]),
});

export type FeeData = z.output<typeof feeSchema>;
export type FeeRule = z.output<typeof feeRuleSchema>;
