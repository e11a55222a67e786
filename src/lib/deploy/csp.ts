import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, in one place: the <meta> tag in every page and the
 * `_headers` file of the host are both generated from it.
 *
 * No third-party origin, and no inline code but the page's own: each page's styles are inlined
 * into one `<style>` element and its scripts (the site's bundled modules) into `<script
 * type="module">` elements, so that the first paint needs no other request; the build allows
 * each by its sha256 hash in that page's policy (`withInlineHashes`), never by 'unsafe-inline'.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval'); it searches on the page (`noWorker`), so
 * no blob: worker is allowed. Workers from the site itself are: the offline service worker.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'", 'mailto:'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Directives a browser honours only from an HTTP header, never from a <meta> tag. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

/**
 * The fetch directives that fall back to `default-src`. The header spells each one out, so that
 * it can leave out `default-src` and with it the styles, which only the page's own policy knows.
 */
const FETCH_DIRECTIVES = [
  'child-src',
  'connect-src',
  'font-src',
  'frame-src',
  'img-src',
  'manifest-src',
  'media-src',
  'object-src',
  'script-src',
  'worker-src',
];

function serialise(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The CSP source that allows one inline `<style>` or `<script>` element whose text is exactly `text`. */
export function hashSource(text: string): string {
  // Browsers hash the element's text after the HTML parser has normalised line breaks.
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** The policy for a page's `<meta http-equiv="Content-Security-Policy">`, allowing these inline style and script hashes. */
export function cspForPage(styleHashes: readonly string[] = [], scriptHashes: readonly string[] = []): string {
  return serialise({
    ...CSP_DIRECTIVES,
    'script-src': [...CSP_DIRECTIVES['script-src'], ...new Set(scriptHashes)],
    'style-src': [...CSP_DIRECTIVES['style-src'], ...new Set(styleHashes)],
  });
}

/** The policy every page starts with before the build adds its hashes: no inline code at all. */
export const CSP_META = cspForPage();

/** Directives that list each page's own hashes, and so are left to the page's <meta> policy. */
const PAGE_ONLY_DIRECTIVES = new Set(['default-src', 'script-src', 'style-src']);

function headerDirectives(): Record<string, readonly string[]> {
  const fallback = CSP_DIRECTIVES['default-src'];
  const directives: Record<string, readonly string[]> = {};
  for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
    if (!PAGE_ONLY_DIRECTIVES.has(name)) directives[name] = sources;
  }
  for (const name of FETCH_DIRECTIVES) if (!PAGE_ONLY_DIRECTIVES.has(name)) directives[name] ??= fallback;
  return { ...directives, ...HEADER_ONLY_DIRECTIVES };
}

/**
 * The policy for the `Content-Security-Policy` response header, the same for every path. A
 * browser enforces both the header and the page's <meta> policy, so the header must not block
 * the hashed styles and scripts; each page's hashes differ and change with every stylesheet or
 * script edit, which one header cannot follow (a header set by hand in a CDN's rules would
 * silently break the site after the next deploy). So the header leaves styles and scripts to
 * the page (no `style-src`, no `script-src`, and the `default-src` fallback spelled out per
 * fetch directive instead), keeps everything else as strict as the page, and adds
 * `frame-ancestors`, which only a header can set.
 */
export const CSP_HEADER = serialise(headerDirectives());

/** The text of every `<style>` element in a page, exactly as written (raw text, no entities). */
export function inlineStyles(html: string): string[] {
  // <style> is a raw-text element: it ends at the first `</style`, whatever comes before.
  // Scripts and comments are skipped so a `<style>` written inside them is not taken for one.
  const styles: string[] = [];
  const pattern = /<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
  for (const match of html.matchAll(pattern)) if (match[1] !== undefined) styles.push(match[1]);
  return styles;
}

/** Marks a `<script>` the build wrote into the page from the site's own bundle, naming the file. */
export const INLINED_FROM = 'data-inlined-from';

/** The text of every `<script>` the build inlined from the site's bundle (see `inlineModuleScripts`). */
export function inlinedScripts(html: string): string[] {
  const scripts: string[] = [];
  const pattern = /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (const match of html.matchAll(pattern)) {
    if (match[1]?.includes(`${INLINED_FROM}=`) && match[2] !== undefined) scripts.push(match[2]);
  }
  return scripts;
}

export interface PageHashes {
  html: string;
  styleHashes: string[];
  scriptHashes: string[];
}

/**
 * Adds the hashes of a page's inline styles and of the scripts the build inlined to its policy.
 * Any other inline script gets no hash: the browser blocks it and the CSP gates name it. The page
 * must begin its <head> with the policy from `Csp.astro`; one that has inline code but no such
 * policy is refused, naming the page, rather than published with code the browser would block.
 */
export function withInlineHashes(html: string, page: string): PageHashes {
  const styleHashes = [...new Set(inlineStyles(html).map(hashSource))];
  const scriptHashes = [...new Set(inlinedScripts(html).map(hashSource))];
  if (styleHashes.length === 0 && scriptHashes.length === 0) return { html, styleHashes, scriptHashes };
  const placeholder = new RegExp(`(<head>\\s*<meta http-equiv="Content-Security-Policy" content=")${escapeRegExp(CSP_META)}(">)`, 'g');
  const found = [...html.matchAll(placeholder)];
  if (found.length !== 1) {
    const what = styleHashes.length > 0 ? 'inline <style>' : 'inlined <script>';
    throw new Error(
      `${page}: has ${what} but <head> does not begin with the site's Content-Security-Policy <meta> (src/components/Csp.astro), so it cannot be allowed by hash`,
    );
  }
  const [match] = found as [RegExpExecArray];
  const policy = `${match[1]}${cspForPage(styleHashes, scriptHashes)}${match[2]}`;
  return { html: html.slice(0, match.index) + policy + html.slice(match.index + match[0].length), styleHashes, scriptHashes };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
