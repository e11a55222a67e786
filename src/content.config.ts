import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { SECTION_SCHEMAS } from './schemas/collections';
import { diagnosisStepSchema } from './schemas/diagnosis';
import { useChineseMessages } from './schemas/locale';
import { contentDir } from './lib/deploy/content-dir';

useChineseMessages();

const mdx = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentDir()}/${folder}` });

export const collections = {
  faq: defineCollection({ loader: mdx('faq'), schema: SECTION_SCHEMAS.faq }),
  causes: defineCollection({ loader: mdx('causes'), schema: SECTION_SCHEMAS.causes }),
  codes: defineCollection({ loader: file(`${contentDir()}/codes/codes.yaml`), schema: SECTION_SCHEMAS.codes }),
  channels: defineCollection({ loader: mdx('channels'), schema: SECTION_SCHEMAS.channels }),
  requirements: defineCollection({ loader: mdx('requirements'), schema: SECTION_SCHEMAS.requirements }),
  fees: defineCollection({ loader: mdx('fees'), schema: SECTION_SCHEMAS.fees }),
  brands: defineCollection({ loader: mdx('brands'), schema: SECTION_SCHEMAS.brands }),
  prevention: defineCollection({ loader: mdx('prevention'), schema: SECTION_SCHEMAS.prevention }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: SECTION_SCHEMAS.glossary }),
  guides: defineCollection({ loader: mdx('guides'), schema: SECTION_SCHEMAS.guides }),
  /** The guided diagnosis at /troubleshoot/: not a section of its own, checked as a graph. */
  diagnosis: defineCollection({ loader: file(`${contentDir()}/diagnosis/diagnosis.yaml`), schema: diagnosisStepSchema }),
};
