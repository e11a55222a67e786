import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import yaml from 'js-yaml';
import { SECTION_SCHEMAS } from './schemas/collections';
import { diagnosisStepSchema } from './schemas/diagnosis';
import { REVIEW_ENTRY, REVIEW_FILE, reviewProcessSchema } from './schemas/review';
import { useChineseMessages } from './schemas/locale';
import { contentDir } from './lib/deploy/content-dir';
import { contentEntries } from './lib/content/entry-loader';

useChineseMessages();

/**
 * A YAML file that is one document, as a collection of one entry. Anything but a mapping leaves
 * the collection empty, and the code that reads it stops the build naming the file.
 */
function oneDocument(id: string): (text: string) => Record<string, Record<string, unknown>> {
  return (text) => {
    const data: unknown = yaml.load(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? { [id]: Object.fromEntries(Object.entries(data)) } : {};
  };
}

const mdx = (folder: string) => contentEntries(`${contentDir()}/${folder}`);

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
  /** The application review process drawn on /channels/: one document, read as one entry. */
  review: defineCollection({
    loader: file(`${contentDir()}/${REVIEW_FILE}`, { parser: oneDocument(REVIEW_ENTRY) }),
    schema: reviewProcessSchema,
  }),
};
