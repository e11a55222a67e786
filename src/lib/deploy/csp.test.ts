import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, cspForPage, inlineStyles, styleHashSource, withStyleHashes } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name ?? '', sources];
    }),
  );
}

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;
const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

describe('the Content-Security-Policy', () => {
  const base = directives(CSP_META);

  it('allows scripts and styles only from the site itself', () => {
    expect(base.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(base.get('style-src')).toEqual(["'self'"]);
    expect(base.get('default-src')).toEqual(["'self'"]);
  });

  it('never allows inline code, eval or a third-party origin', () => {
    for (const policy of [CSP_META, CSP_HEADER, cspForPage([styleHashSource('p{}')])]) {
      for (const [name, sources] of directives(policy)) {
        for (const source of sources) {
          if (name === 'style-src' && /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)) continue;
          expect(source, name).not.toMatch(/unsafe-inline|'unsafe-eval'|^\*$|^https?:|^'(nonce|sha\d+)-/);
        }
      }
    }
  });

  it('blocks plugins and foreign base URLs', () => {
    expect(base.get('object-src')).toEqual(["'none'"]);
    expect(base.get('base-uri')).toEqual(["'self'"]);
  });

  it('leaves frame-ancestors to the header, where browsers honour it', () => {
    expect(base.has('frame-ancestors')).toBe(false);
    expect(directives(CSP_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the header policy', () => {
  const header = directives(CSP_HEADER);

  it('leaves styles to each page, so it never blocks a hashed inline style', () => {
    expect(header.has('style-src')).toBe(false);
    expect(header.has('default-src')).toBe(false);
  });

  it('is as strict as the page for everything else: every fetch directive spelled out', () => {
    const page = directives(CSP_META);
    for (const [name, sources] of page) if (name !== 'style-src' && name !== 'default-src') expect(header.get(name), name).toEqual(sources);
    for (const name of ['child-src', 'frame-src', 'media-src']) expect(header.get(name), name).toEqual(page.get('default-src'));
  });
});

describe('style hashes', () => {
  it('are the base64 sha256 of the exact text, as CSP hash sources', () => {
    const css = 'body{margin:0}.a>b::before{content:"☐ "}';
    expect(styleHashSource(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });

  it('hash text with line breaks as the browser sees it', () => {
    expect(styleHashSource('a{}\r\nb{}')).toBe(styleHashSource('a{}\nb{}'));
  });

  it('are added to style-src only, once each', () => {
    const hash = styleHashSource('p{color:red}');
    const policy = directives(cspForPage([hash, hash]));
    expect(policy.get('style-src')).toEqual(["'self'", hash]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('inlineStyles', () => {
  it('finds every <style> element with its raw text', () => {
    expect(inlineStyles(page('<style>a{}</style>', '<style media="print">b > c{}</style>'))).toEqual(['a{}', 'b > c{}']);
  });

  it('ignores "<style>" written inside a script or a comment', () => {
    const html = page(
      '<script type="application/ld+json">{"x":"<style>no</style>"}</script><!-- <style>no</style> -->',
      '<style>yes{}</style>',
    );
    expect(inlineStyles(html)).toEqual(['yes{}']);
  });
});

describe('withStyleHashes', () => {
  it("adds the hashes of the page's inline styles to its policy", () => {
    const css = 'main{display:block}';
    const { html, styleHashes } = withStyleHashes(page(`${meta(CSP_META)}<style>${css}</style>`), '/x/');
    expect(styleHashes).toEqual([styleHashSource(css)]);
    expect(html).toContain(meta(cspForPage([styleHashSource(css)])));
    expect(html).not.toContain(meta(CSP_META));
  });

  it('leaves a page without inline styles as it is', () => {
    const before = page(meta(CSP_META));
    expect(withStyleHashes(before, '/x/')).toEqual({ html: before, styleHashes: [] });
  });

  it('refuses, naming the page, inline styles on a page whose head does not begin with the policy', () => {
    expect(() => withStyleHashes(page('<style>a{}</style>'), '/no-policy/index.html')).toThrow(
      /\/no-policy\/index\.html: has inline <style>/,
    );
    expect(() => withStyleHashes(page(`<title>x</title>${meta(CSP_META)}<style>a{}</style>`), '/late/')).toThrow(/\/late\//);
  });
});
