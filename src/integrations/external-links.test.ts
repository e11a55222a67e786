import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks, isExternalHref } from './external-links';

describe('external links in entry bodies', () => {
  it('tells links to other sites from the site’s own', () => {
    expect(isExternalHref('https://www.lakala.com/')).toBe(true);
    expect(isExternalHref('HTTP://example.cn')).toBe(true);
    expect(isExternalHref('/faq/settlement-delay/')).toBe(false);
    expect(isExternalHref('#steps')).toBe(false);
    expect(isExternalHref('mailto:kb@example.cn')).toBe(false);
    expect(isExternalHref(undefined)).toBe(false);
  });

  it('gives a link to another site rel="noopener" and leaves the site’s own links alone', async () => {
    const { html } = await markdownToHtml('见[官网](https://www.lakala.com/)和[常见问题](/faq/)。', { hastPlugins: [externalLinks()] });
    expect(html).toContain('<a href="https://www.lakala.com/" rel="noopener">官网</a>');
    expect(html).toContain('<a href="/faq/">常见问题</a>');
  });

  it('does the same in MDX', async () => {
    const { code } = await mdxToJs('见[官网](https://www.lakala.com/)。', { hastPlugins: [externalLinks()] });
    expect(code).toContain('noopener');
  });
});
