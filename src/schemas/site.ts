import { z } from 'astro/zod';

export const siteConfigSchema = z.strictObject({
  name: z.string().min(2),
  shortName: z.string().min(2),
  tagline: z.string().min(4),
  operator: z.strictObject({
    name: z.string().min(2),
    email: z.email({ error: 'operator.email 必须是有效的邮箱地址' }),
  }),
  /** Where readers send feedback; a mailto: link is built from operator.email when absent. */
  feedbackUrl: z.url().optional(),
  /** The only Lakala address the site treats as official. */
  officialSite: z.url(),
  /** Cache visited pages for reading while the shop's network is down. */
  offline: z.boolean(),
  /** Filing numbers shown in the footer when the site is served from mainland China (src/lib/deploy/filing.ts checks them). */
  filing: z
    .strictObject({
      icp: z.string().optional(),
      psb: z.strictObject({ number: z.string(), code: z.string() }).optional(),
    })
    .default({}),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
