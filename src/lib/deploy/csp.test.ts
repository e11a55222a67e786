import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, cspForPage, hashSource, INLINED_FROM, inlinedScripts, inlineStyles, withInlineHashes } from './csp';

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
    for (const policy of [CSP_META, CSP_HEADER, cspForPage([hashSource('p{}')], [hashSource('f()')])]) {
      for (const [name, sources] of directives(policy)) {
        for (const source of sources) {
          if ((name === 'style-src' || name === 'script-src') && /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)) continue;
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

  it('leaves styles and scripts to each page, so it never blocks a hashed inline style or script', () => {
    expect(header.has('style-src')).toBe(false);
    expect(header.has('script-src')).toBe(false);
    expect(header.has('default-src')).toBe(false);
  });

  it('is as strict as the page for everything else: every fetch directive spelled out', () => {
    const page = directives(CSP_META);
    for (const [name, sources] of page)
      if (!['style-src', 'script-src', 'default-src'].includes(name)) expect(header.get(name), name).toEqual(sources);
    for (const name of ['child-src', 'frame-src', 'media-src']) expect(header.get(name), name).toEqual(page.get('default-src'));
  });
});

describe('hashes of inline code', () => {
  it('are the base64 sha256 of the exact text, as CSP hash sources', () => {
    const css = 'body{margin:0}.a>b::before{content:"☐ "}';
    expect(hashSource(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });

  it('hash text with line breaks as the browser sees it', () => {
    expect(hashSource('a{}\r\nb{}')).toBe(hashSource('a{}\nb{}'));
  });

  it('are added to style-src and script-src, once each', () => {
    const style = hashSource('p{color:red}');
    const script = hashSource('run()');
    const policy = directives(cspForPage([style, style], [script, script]));
    expect(policy.get('style-src')).toEqual(["'self'", style]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", script]);
    expect(directives(cspForPage([style])).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
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

describe('inlinedScripts', () => {
  it('finds only the scripts the build inlined, not structured data or a hand-written inline script', () => {
    const html = page(
      `<script type="module" ${INLINED_FROM}="/_astro/a.js">a()</script><script type="application/ld+json">{}</script><script>b()</script>`,
    );
    expect(inlinedScripts(html)).toEqual(['a()']);
  });
});

describe('withInlineHashes', () => {
  it("adds the hashes of the page's inline styles and inlined scripts to its policy", () => {
    const css = 'main{display:block}';
    const js = 'document.body.dataset.ok=""';
    const { html, styleHashes, scriptHashes } = withInlineHashes(
      page(
        `${meta(CSP_META)}<style>${css}</style><script type="module" ${INLINED_FROM}="/_astro/x.js">${js}</script><script>evil()</script>`,
      ),
      '/x/',
    );
    expect(styleHashes).toEqual([hashSource(css)]);
    expect(scriptHashes).toEqual([hashSource(js)]);
    expect(html).toContain(meta(cspForPage([hashSource(css)], [hashSource(js)])));
    expect(html).not.toContain(hashSource('evil()'));
    expect(html).not.toContain(meta(CSP_META));
  });

  it('leaves a page without inline code as it is', () => {
    const before = page(meta(CSP_META));
    expect(withInlineHashes(before, '/x/')).toEqual({ html: before, styleHashes: [], scriptHashes: [] });
  });

  it('refuses, naming the page, inline code on a page whose head does not begin with the policy', () => {
    expect(() => withInlineHashes(page('<style>a{}</style>'), '/no-policy/index.html')).toThrow(
      /\/no-policy\/index\.html: has inline <style>/,
    );
    expect(() => withInlineHashes(page(`<title>x</title>${meta(CSP_META)}<style>a{}</style>`), '/late/')).toThrow(/\/late\//);
    expect(() => withInlineHashes(page(`<script type="module" ${INLINED_FROM}="/_astro/x.js">x()</script>`), '/s/')).toThrow(
      /\/s\/: has inlined <script>/,
    );
  });
});
