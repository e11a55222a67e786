import type { z } from 'astro/zod';
import { brandSchema } from './brands';
import { channelSchema } from './channels';
import { codeSchema } from './codes';
import { faqSchema } from './faq';
import { feeSchema } from './fees';
import { glossarySchema } from './glossary';
import { guideSchema } from './guides';
import { preventionSchema } from './prevention';
import { requirementSchema } from './requirements';
import type { Section } from './sections';
import { causeSchema } from './causes';

/** The schema of every section's entries: the one place content.config.ts and the content checker read them from. */
export const SECTION_SCHEMAS = {
  faq: faqSchema,
  causes: causeSchema,
  codes: codeSchema,
  channels: channelSchema,
  requirements: requirementSchema,
  fees: feeSchema,
  brands: brandSchema,
  prevention: preventionSchema,
  glossary: glossarySchema,
  guides: guideSchema,
} as const satisfies Record<Section, z.ZodType>;
