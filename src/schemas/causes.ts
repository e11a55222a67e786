import { z } from 'astro/zod';
import { entryBase } from './common';

/** The order the checks follow: first whether the money is really late or short, then device → network → account → system. */
export const CHECK_AREAS = {
  arrival: '核对到账',
  device: '设备',
  network: '网络',
  account: '账户',
  system: '系统',
} as const;

export type CheckArea = keyof typeof CHECK_AREAS;
const areaKeys = Object.keys(CHECK_AREAS) as [CheckArea, ...CheckArea[]];

export const CONTACTS = {
  acquirer: '拉卡拉（收单机构）官方客服',
  bank: '结算卡开户银行',
  issuer: '持卡人的发卡银行',
  repair: '官方售后维修',
  none: '一般无需联系他人',
} as const;

export type Contact = keyof typeof CONTACTS;
const contactKeys = Object.keys(CONTACTS) as [Contact, ...Contact[]];

/** One cause of failed or delayed settlement, with how to confirm it and what to do. */
export const causeSchema = entryBase.extend({
  area: z.enum(areaKeys, { error: `排查环节 area 应为 ${areaKeys.join('、')} 之一` }),
  /** What the merchant notices. */
  symptoms: z.array(z.string().min(2)).min(1, { error: '至少写一种表现 symptoms' }),
  /** How to confirm this cause, in order. */
  checks: z.array(z.string().min(2)).min(1, { error: '至少写一步检查 checks' }),
  /** What to do, in order. */
  fixes: z.array(z.string().min(2)).min(1, { error: '至少写一步处理办法 fixes' }),
  /** What to have at hand before contacting support. */
  prepare: z.array(z.string().min(2)).default([]),
  contact: z.array(z.enum(contactKeys, { error: `联系对象 contact 应为 ${contactKeys.join('、')} 之一` })).min(1),
});

export type CauseData = z.output<typeof causeSchema>;
