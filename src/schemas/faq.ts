import { z } from 'astro/zod';
import { entryBase } from './common';

export const FAQ_CATEGORIES = {
  settlement: '结算与到账',
  applying: '申请办理',
  fees: '手续费与费率',
  'device-network': '设备与网络',
  'account-risk': '账户与风控',
  security: '安全与防骗',
} as const;

export type FaqCategory = keyof typeof FAQ_CATEGORIES;

const categoryKeys = Object.keys(FAQ_CATEGORIES) as [FaqCategory, ...FaqCategory[]];

export const faqSchema = entryBase.extend({
  /** The direct answer, one or two sentences, shown first. */
  answer: z.string({ error: '缺少简短回答 answer' }).min(8, { error: '简短回答 answer 太短' }),
  category: z.enum(categoryKeys, { error: `分类 category 应为 ${categoryKeys.join('、')} 之一` }),
  /** Lower numbers are asked more often; the home page lists the lowest. */
  popularity: z.number().int().min(1).optional(),
});

export type FaqData = z.output<typeof faqSchema>;
