import { INLINED_FROM } from './csp';

/** How Astro links a page's bundled script: a module from the build's assets folder. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** A chunk's imports of its sibling chunks, as the bundler writes them: `"./panel.B1a2C3d4.js"`. */
const SIBLING_IMPORT = /(["'`])\.\/([\w.-]+\.js)\1/g;

/** Text that would end or change the `<script>` element it stands in. */
const UNSAFE_IN_SCRIPT = /<\/script|<!--/i;

/**
 * Writes the page's own module scripts into the page, so that it paints with its HTML alone:
 * a script linked by `src` is one more request the browser makes before the page settles (on a
 * slow phone network, a round trip). Only the site's bundled scripts (under `{base}_astro/`) are
 * inlined. A chunk's imports of its siblings are relative to the chunk's folder, which an inline
 * script does not share; they become absolute, so the modules it loads on demand (the search
 * panel) stay separate files, fetched once and cached. Each inlined element names its file in
 * `data-inlined-from`, and only elements so marked get a hash in the page's policy.
 *
 * `readScript` returns the text of a file under the build folder (`_astro/x.js`).
 */
export function inlineModuleScripts(html: string, page: string, base: string, readScript: (file: string) => string): string {
  const assets = `${base}_astro/`;
  return html.replace(MODULE_SCRIPT, (element, src: string) => {
    if (!src.startsWith(assets) || src.includes('..')) return element;
    const folder = src.slice(0, src.lastIndexOf('/') + 1);
    const code = readScript(src.slice(base.length))
      .trimEnd()
      .replace(SIBLING_IMPORT, (_, quote: string, name: string) => `${quote}${folder}${name}${quote}`);
    if (UNSAFE_IN_SCRIPT.test(code)) {
      throw new Error(`${page}: the script ${src} contains "</script" or "<!--", so it cannot be written inside the page`);
    }
    return `<script type="module" ${INLINED_FROM}="${src}">${code}</script>`;
  });
}
