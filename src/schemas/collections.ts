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

/** An entry's data as its section's schema outputs it. */
export type SectionData<C extends Section> = z.output<(typeof SECTION_SCHEMAS)[C]>;

/** Each section's schema as a parse function typed by its section, for code generic over sections. */
export const SECTION_PARSERS: { [C in Section]: (raw: unknown) => z.ZodSafeParseResult<SectionData<C>> } = {
  faq: (raw) => faqSchema.safeParse(raw),
  causes: (raw) => causeSchema.safeParse(raw),
  codes: (raw) => codeSchema.safeParse(raw),
  channels: (raw) => channelSchema.safeParse(raw),
  requirements: (raw) => requirementSchema.safeParse(raw),
  fees: (raw) => feeSchema.safeParse(raw),
  brands: (raw) => brandSchema.safeParse(raw),
  prevention: (raw) => preventionSchema.safeParse(raw),
  glossary: (raw) => glossarySchema.safeParse(raw),
  guides: (raw) => guideSchema.safeParse(raw),
};
