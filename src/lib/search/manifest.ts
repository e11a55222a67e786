import type { SiteContent } from '../content/checks/types';
import { SECTIONS } from '../../schemas/sections';
import type { IndexTermsManifest, PageTerms, SynonymGroup } from './index-terms';
import { MERCHANT_WORDS } from './merchant-words';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];

/** Collects every entry's aliases and filters, and the glossary's synonym groups. */
export function buildManifest(content: SiteContent): IndexTermsManifest {
  const merchantTypeOf = new Map(
    content.requirements.map((e) => [e.id, typeof e.data.merchantType === 'string' ? e.data.merchantType : e.id]),
  );
  const pages: PageTerms[] = [];
  for (const collection of SECTIONS) {
    for (const entry of content[collection]) {
      const aliases = strings(entry.data.aliases);
      const filters: Record<string, string[]> = {};
      if (collection === 'codes') aliases.unshift(entry.id, ...strings(entry.data.variants));
      if (collection === 'requirements') filters.merchant = [merchantTypeOf.get(entry.id) ?? entry.id];
      if (collection === 'channels') {
        filters.merchant = strings(entry.data.merchantTypes).map((id) => merchantTypeOf.get(id) ?? id);
      }
      pages.push({ path: `/${collection}/${entry.id}/`, aliases, filters });
    }
  }
  const synonyms: SynonymGroup[] = [
    ...content.glossary.map((e) => ({
      words: [String(e.data.title), ...strings(e.data.aliases), ...strings(e.data.synonyms)],
    })),
    ...MERCHANT_WORDS,
  ].filter((g) => g.words.length > 1);
  return { pages, synonyms };
}
