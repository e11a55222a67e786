/**
 * The site's Content-Security-Policy, in one place: the <meta> tag in every page and the
 * `_headers` file of the host are both generated from it.
 *
 * No inline script or style anywhere, no third-party origin. Pagefind compiles WebAssembly
 * ('wasm-unsafe-eval') and starts its search worker from a blob: URL.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'", 'mailto:'],
};

/** Directives a browser honours only from an HTTP header, never from a <meta> tag. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

function serialise(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = serialise(CSP_DIRECTIVES);

/** The policy for a `Content-Security-Policy` response header (adds frame-ancestors). */
export const CSP_HEADER = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
