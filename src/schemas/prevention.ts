import { z } from 'astro/zod';
import { entryBase } from './common';

export const PREVENTION_AREAS = {
  device: '设备',
  network: '网络',
  account: '账户',
  operation: '操作',
  security: '安全',
} as const;

export const FREQUENCIES = {
  daily: '每天',
  weekly: '每周',
  monthly: '每月',
  'as-needed': '需要时',
} as const;

type Area = keyof typeof PREVENTION_AREAS;
type Frequency = keyof typeof FREQUENCIES;
const areaKeys = Object.keys(PREVENTION_AREAS) as [Area, ...Area[]];
const frequencyKeys = Object.keys(FREQUENCIES) as [Frequency, ...Frequency[]];

export const preventionSchema = entryBase.extend({
  area: z.enum(areaKeys, { error: `方面 area 应为 ${areaKeys.join('、')} 之一` }),
  frequency: z.enum(frequencyKeys, { error: `频率 frequency 应为 ${frequencyKeys.join('、')} 之一` }),
  steps: z.array(z.string().min(2)).min(1, { error: '至少写一个具体步骤 steps' }),
});

export type PreventionData = z.output<typeof preventionSchema>;
