import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from './build';
import { isSection } from '../../src/schemas/sections';

export const CONTENT = join(ROOT, 'content');

/** `{ collection, id }` for every authored entry of a section, read straight from the files (data such as the diagnosis is left out). */
export function authoredEntries(contentDir: string = CONTENT): { collection: string; id: string }[] {
  const entries: { collection: string; id: string }[] = [];
  for (const collection of readdirSync(contentDir)) {
    if (!isSection(collection)) continue;
    const dir = join(contentDir, collection);
    for (const file of readdirSync(dir)) {
      if (/\.mdx?$/.test(file)) entries.push({ collection, id: file.replace(/\.mdx?$/, '') });
      if (/\.ya?ml$/.test(file)) {
        const items = yaml.load(readFileSync(join(dir, file), 'utf8')) as { id: string | number }[];
        for (const item of items) entries.push({ collection, id: String(item.id) });
      }
    }
  }
  return entries;
}

/** The front matter of an authored entry, parsed. */
export function frontMatter(collection: string, id: string, contentDir: string = CONTENT): Record<string, unknown> {
  const dir = join(contentDir, collection);
  const file = readdirSync(dir).find((f) => f.replace(/\.mdx?$/, '') === id);
  if (!file) throw new Error(`No entry ${collection}/${id}`);
  const text = readFileSync(join(dir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return (match ? yaml.load(match[1] ?? '') : {}) as Record<string, unknown>;
}
