import { z } from 'astro/zod';
import { entryBase, slug } from './common';

/** One document to prepare. Its id is a published anchor: never change or remove it. */
export const documentSchema = z.strictObject({
  id: slug,
  name: z.string().min(2),
  why: z.string().min(2),
  acceptable: z.string().min(2),
  mistake: z.string().min(2),
  required: z.boolean().default(true),
  /** When an optional document is needed, e.g. "结算人不是法人时". */
  when: z.string().optional(),
});

export const requirementSchema = entryBase.extend({
  /** The merchant type as people say it: 个体工商户, 企业, 小微商户. */
  merchantType: z.string().min(2),
  order: z.number().int().min(1),
  documents: z.array(documentSchema).min(1, { error: '至少列出一份资料 documents' }),
  /** Ids of `channels` entries where this merchant type can apply. */
  channels: z.array(slug).min(1),
});

export type RequirementData = z.output<typeof requirementSchema>;
export type DocumentData = z.output<typeof documentSchema>;
