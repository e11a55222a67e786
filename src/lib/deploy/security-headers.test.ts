import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile, SITE_CSP } from './security-headers';

describe('headersFile', () => {
  const file = headersFile(SITE_CSP, '/kb/');

  it('applies the security headers to every path', () => {
    const all = file.split('\n\n')[0] ?? '';
    expect(all.split('\n')[0]).toBe('/*');
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      expect(all).toMatch(new RegExp(`^  ${name}: \\S`, 'm'));
    }
    expect(all).toContain("frame-ancestors 'none'");
  });

  it('caches hashed assets for good and re-checks the service worker, under the base path', () => {
    expect(file).toContain('/kb/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/kb/sw.js\n  Cache-Control: no-cache');
  });
});

describe('headerCsp', () => {
  it("adds frame-ancestors 'none' to a policy written for <meta>", () => {
    expect(headerCsp("default-src 'self'; script-src 'self';")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
  });

  it('keeps a frame-ancestors directive that is already there', () => {
    expect(headerCsp("default-src 'self'; frame-ancestors 'self'")).toBe("default-src 'self'; frame-ancestors 'self'");
  });
});

describe('the README', () => {
  it('states the policy the build writes, for hosts that do not read _headers', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`${headerCsp(SITE_CSP)}\``);
  });
});
