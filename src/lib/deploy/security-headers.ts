/**
 * The `_headers` file that Netlify, Cloudflare Pages and similar hosts read. Other hosts and
 * CDNs need the same headers set in their own configuration (see the README's deploy section).
 */

import { CSP_HEADER } from './csp';

/**
 * The site's Content-Security-Policy as an HTTP header, from the one definition in `./csp`: the
 * same for every path, leaving styles and scripts to each page's <meta> policy (which lists the
 * hashes of that page's inline code) and adding `frame-ancestors`.
 */
export const SITE_CSP = CSP_HEADER;

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Adds `frame-ancestors 'none'` when a policy written for <meta> lacks it. */
export function headerCsp(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  if (!directives.some((d) => d.startsWith('frame-ancestors'))) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

function block(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** `base` is the deploy base path (`/` or `/kb/`). */
export function headersFile(csp: string, base: string): string {
  return [
    block('/*', { 'Content-Security-Policy': headerCsp(csp), ...SECURITY_HEADERS }),
    // File names under _astro/ carry a content hash: they never change.
    block(`${base}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // The service worker must be re-checked on every visit, or fixes to it would not reach readers.
    block(`${base}sw.js`, { 'Cache-Control': 'no-cache' }),
    '',
  ].join('\n\n');
}
