import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

/**
 * Whether an MDX body is plain Markdown: no import or export, no component, no expression. Any
 * `<`, `{` or `}` counts as MDX (even in code), so a body is never read as Markdown when it might
 * mean something else in MDX.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]/.test(body) && !/^\s*(?:import|export)\s/m.test(body);
}

/**
 * The entries of a content folder (`.md` and `.mdx`). An MDX entry that is plain Markdown, as
 * nearly all are, is stored as its data alone and its body is rendered when its page is
 * (`renderEntryBody`); only an entry that uses components or expressions is compiled as a
 * module. Compiling every entry as a module, or keeping every rendered body in the build's data,
 * made the build's memory grow with the collection.
 */
export function contentEntries(base: string): Loader {
  const files = glob({ pattern: '**/*.{md,mdx}', base });
  return {
    name: 'content-entries',
    load: async (context) => {
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx') || !isPlainMarkdown(entry.body ?? '')) return context.store.set(entry);
          const { body: _body, deferredRender: _module, ...data } = entry;
          return context.store.set(data);
        },
      };
      await files.load({ ...context, store });
    },
  };
}
