import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import type { Root } from 'hast';
import { planGlossaryLinks, TermMatcher } from '../lib/content/glossary-links';
import { readGlossaryTerms } from '../lib/content/glossary-terms';
import { contentDir } from '../lib/deploy/content-dir';
import { entryUrl } from '../lib/content/urls';

/**
 * A Markdown processor plugin: the first mention of a glossary term in an entry's body links
 * to the term's page. Runs only on authored content; a term's own page does not link to itself.
 */
export function glossaryLinks(options: { base: string }): HastPluginEntry {
  let terms: ReturnType<typeof readGlossaryTerms> | undefined;
  return (ctx) => {
    if (!ctx.fileURL) return null;
    const root = contentDir();
    const path = relative(root, fileURLToPath(ctx.fileURL));
    if (path.startsWith('..')) return null;
    const [collection, file] = path.split(sep);
    const self = collection === 'glossary' && file ? file.replace(/\.mdx?$/, '') : undefined;
    terms ??= readGlossaryTerms(root);
    const matcher = new TermMatcher(terms, self);
    if (matcher.isEmpty) return null;
    return {
      name: 'glossary-links',
      before(tree, visit) {
        const href = (id: string) => entryUrl({ collection: 'glossary', id }, options.base);
        for (const { node, parts } of planGlossaryLinks(tree as Root, matcher, href)) visit.replaceNode(node, parts);
      },
    };
  };
}
