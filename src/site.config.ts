import { parseConfig } from './lib/deploy/config-file';
import { filingFromEnv } from './lib/deploy/filing';
import { siteConfigSchema } from './schemas/site';
import { OFFICIAL_SITE } from './lib/content/urls';

/**
 * Everything about who runs the site. Templates read it from here, never hard-code it. A bad
 * value (a wrong SITE_CONTACT_EMAIL, say) stops the build naming this file and the field; the
 * filing numbers name their variable (SITE_ICP, SITE_PSB) themselves.
 */
export const siteConfig = parseConfig(
  siteConfigSchema,
  {
    name: 'POS 结算帮助站',
    shortName: '结算帮助站',
    tagline: '拉卡拉 POS 机无法结算？先在这里查原因、找办法。',
    operator: {
      name: 'POS 结算帮助站编辑组',
      email: process.env.SITE_CONTACT_EMAIL ?? 'feedback@example.org',
    },
    feedbackUrl: process.env.SITE_FEEDBACK_URL || undefined,
    officialSite: OFFICIAL_SITE,
    offline: process.env.SITE_OFFLINE !== 'false',
    filing: filingFromEnv(process.env),
  },
  { file: 'src/site.config.ts', variables: { 'operator.email': 'SITE_CONTACT_EMAIL', feedbackUrl: 'SITE_FEEDBACK_URL' } },
);
