import { allEntries, type SiteContent } from '../content/types';
import type { IndexTermsManifest, PageTerms, SynonymGroup } from './index-terms';
import { MERCHANT_WORDS } from './merchant-words';

const strings = (values: readonly string[]): string[] => values.filter((v) => v.trim() !== '');

/** Collects every entry's aliases and filters, and the glossary's synonym groups. */
export function buildManifest(content: SiteContent): IndexTermsManifest {
  const merchantTypeOf = new Map(content.requirements.map((e) => [e.id, e.data.merchantType]));
  const pages: PageTerms[] = [];
  for (const entry of allEntries(content)) {
    const aliases = strings(entry.data.aliases);
    const filters: Record<string, string[]> = {};
    if (entry.collection === 'codes') aliases.unshift(entry.id, ...strings(entry.data.variants));
    if (entry.collection === 'requirements') filters['merchant'] = [merchantTypeOf.get(entry.id) ?? entry.id];
    if (entry.collection === 'channels') {
      filters['merchant'] = strings(entry.data.merchantTypes).map((id) => merchantTypeOf.get(id) ?? id);
    }
    pages.push({ path: `/${entry.collection}/${entry.id}/`, aliases, filters });
  }
  const synonyms: SynonymGroup[] = [
    ...content.glossary.map((e) => ({
      words: [e.data.title, ...strings(e.data.aliases), ...strings(e.data.synonyms)],
    })),
    ...MERCHANT_WORDS,
  ].filter((g) => g.words.length > 1);
  return { pages, synonyms };
}
