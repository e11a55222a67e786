import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name ?? '', sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const meta = directives(CSP_META);

  it('allows scripts and styles only from the site itself', () => {
    expect(meta.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(meta.get('style-src')).toEqual(["'self'"]);
    expect(meta.get('default-src')).toEqual(["'self'"]);
  });

  it('never allows inline code, eval or a third-party origin', () => {
    for (const [name, sources] of meta) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe-inline|'unsafe-eval'|^\*$|^https?:|^'(nonce|sha\d+)-/);
      }
    }
  });

  it('blocks plugins and foreign base URLs', () => {
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'self'"]);
  });

  it('leaves frame-ancestors to the header, where browsers honour it', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(directives(CSP_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
    expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
  });
});
