import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { GlossaryTerm } from './glossary-links';

/**
 * The glossary's terms, read straight from the front matter of `<contentDir>/glossary/*.mdx`.
 * The Markdown processor runs before content collections are available, so it cannot use them.
 * Files without a usable title are left out here: the collection's schema reports them.
 */
export function readGlossaryTerms(contentDir: string): GlossaryTerm[] {
  const dir = join(contentDir, 'glossary');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.mdx?$/.test(f));
  } catch {
    return [];
  }
  return files.sort().flatMap((file) => {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'));
    const data = (match ? yaml.load(match[1] ?? '') : undefined) as { title?: unknown; aliases?: unknown } | undefined;
    if (!data || typeof data.title !== 'string') return [];
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    return [{ id: file.replace(/\.mdx?$/, ''), title: data.title, aliases }];
  });
}
