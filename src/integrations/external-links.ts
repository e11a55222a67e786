import type { HastPluginEntry } from 'satteri';

/** A link to another site: opened with rel="noopener", so content authors need not remember it. */
export function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

/** A Markdown processor plugin: every link to another site in an entry's body gets rel="noopener". */
export function externalLinks(): HastPluginEntry {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (isExternalHref(node.properties.href)) ctx.setProperty(node, 'rel', ['noopener']);
      },
    },
  };
}
