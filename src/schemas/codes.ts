import { z } from 'astro/zod';
import { entryRef, isoDate, source } from './common';

export const FAULTS = {
  CH: '持卡人或发卡行',
  MT: '商户或终端',
  NW: '网络或收单机构',
} as const;

export const AGREEMENT = {
  agree: '各来源一致',
  minor: '各来源说法略有差异',
  disagree: '各来源含义不同',
} as const;

type Fault = keyof typeof FAULTS;
type Agreement = keyof typeof AGREEMENT;
const faultKeys = Object.keys(FAULTS) as [Fault, ...Fault[]];
const agreementKeys = Object.keys(AGREEMENT) as [Agreement, ...Agreement[]];

/** A terminal response code (应答码); one item of `content/codes/codes.yaml`. */
export const codeSchema = z.strictObject({
  /** Two characters as printed on the terminal: digits or an upper-case letter and a digit. */
  id: z.string().regex(/^[0-9A-Z]{2}$/, { error: '应答码 id 应为两位数字或大写字母，例如 51、A0' }),
  meaning: z.string().min(2),
  /** Other meanings found in other tables or versions. */
  variants: z.array(z.string()).default([]),
  action: z.string().min(2),
  fault: z.array(z.enum(faultKeys)).default([]),
  agreement: z.enum(agreementKeys),
  /** Codes that call for signing in again. */
  signInAgain: z.boolean().default(false),
  aliases: z.array(z.string()).default([]),
  /** Causes and other entries that explain this code further (`collection/id`). */
  related: z.array(entryRef).default([]),
  updated: isoDate,
  sources: z.array(source).min(1),
});

export type CodeData = z.output<typeof codeSchema>;
