import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  brandSchema,
  channelSchema,
  codeSchema,
  faqSchema,
  feeSchema,
  glossarySchema,
  guideSchema,
  preventionSchema,
  requirementSchema,
  troubleshootingSchema,
} from './schemas';
import { diagnosisStepSchema } from './schemas/diagnosis';
import { contentDir } from './lib/paths';

const mdx = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentDir()}/${folder}` });

export const collections = {
  faq: defineCollection({ loader: mdx('faq'), schema: faqSchema }),
  troubleshooting: defineCollection({ loader: mdx('troubleshooting'), schema: troubleshootingSchema }),
  codes: defineCollection({ loader: file(`${contentDir()}/codes/codes.yaml`), schema: codeSchema }),
  channels: defineCollection({ loader: mdx('channels'), schema: channelSchema }),
  requirements: defineCollection({ loader: mdx('requirements'), schema: requirementSchema }),
  fees: defineCollection({ loader: mdx('fees'), schema: feeSchema }),
  brands: defineCollection({ loader: mdx('brands'), schema: brandSchema }),
  prevention: defineCollection({ loader: mdx('prevention'), schema: preventionSchema }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: glossarySchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  /** The guided diagnosis at /troubleshoot/: not a section of its own, checked as a graph. */
  diagnosis: defineCollection({ loader: file(`${contentDir()}/diagnosis/diagnosis.yaml`), schema: diagnosisStepSchema }),
};
