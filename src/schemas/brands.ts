import { z } from 'astro/zod';
import { entryBase } from './common';

export const BRAND_KINDS = {
  criterion: '选择标准',
  scenario: '典型场景',
} as const;
type BrandKind = keyof typeof BRAND_KINDS;
const kindKeys = Object.keys(BRAND_KINDS) as [BrandKind, ...BrandKind[]];

export const brandSchema = entryBase.extend({
  kind: z.enum(kindKeys, { error: `类型 kind 应为 ${kindKeys.join('、')} 之一` }),
  order: z.number().int().min(1).optional(),
  /** How to check this criterion yourself. */
  howToCheck: z.array(z.string().min(2)).default([]),
  redFlags: z.array(z.string().min(2)).default([]),
});

export type BrandData = z.output<typeof brandSchema>;
