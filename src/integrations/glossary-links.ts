import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { planGlossaryLinks, TermMatcher, type GlossaryTerm } from '../lib/content/glossary-links';
import { readGlossaryTerms } from '../lib/content/glossary-terms';
import { contentDir } from '../lib/deploy/content-dir';
import { entryUrl } from '../lib/content/urls';

/**
 * A Markdown processor plugin: the first mention of a glossary term in an entry's body links
 * to the term's page. Runs only on authored content; a term's own page does not link to itself.
 *
 * The glossary is read and its matcher built once per build, not once per file: every entry's
 * body goes through here, so per-file work grows with the collection. A glossary page needs a
 * matcher that excludes its own term; there is one per term at most, built on first use.
 */
export function glossaryLinks(options: { base: string }): HastPluginEntry {
  let root: string | undefined;
  let terms: GlossaryTerm[] | undefined;
  const matchers = new Map<string | undefined, TermMatcher>();
  const matcherFor = (contentRoot: string, self: string | undefined): TermMatcher => {
    let matcher = matchers.get(self);
    if (!matcher) {
      terms ??= readGlossaryTerms(contentRoot);
      matcher = new TermMatcher(terms, self);
      matchers.set(self, matcher);
    }
    return matcher;
  };
  const href = (id: string) => entryUrl({ collection: 'glossary', id }, options.base);
  return (ctx) => {
    if (!ctx.fileURL) return null;
    root ??= contentDir();
    const path = relative(root, fileURLToPath(ctx.fileURL));
    if (path.startsWith('..')) return null;
    const [collection, file] = path.split(sep);
    const self = collection === 'glossary' && file ? file.replace(/\.mdx?$/, '') : undefined;
    const matcher = matcherFor(root, self);
    if (matcher.isEmpty) return null;
    return {
      name: 'glossary-links',
      before(tree, visit) {
        for (const { node, parts } of planGlossaryLinks(tree, matcher, href)) visit.replaceNode(node, parts);
      },
    };
  };
}
