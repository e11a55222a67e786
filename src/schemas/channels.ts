import { z } from 'astro/zod';
import { entryBase, slug } from './common';

export const channelSchema = entryBase.extend({
  /** Position in lists and comparisons. */
  order: z.number().int().min(1),
  steps: z.array(z.string().min(2)).min(1, { error: '至少写一个步骤 steps' }),
  /** Typical duration in plain words, hedged (e.g. "一般 3–7 个工作日"). */
  duration: z.string().min(2),
  pros: z.array(z.string()).min(1),
  cons: z.array(z.string()).min(1),
  suits: z.string().min(2),
  /** Ids of `requirements` entries (merchant types) this channel serves. */
  merchantTypes: z.array(slug).min(1),
});

export type ChannelData = z.output<typeof channelSchema>;
