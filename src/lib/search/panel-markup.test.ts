import { describe, expect, it } from 'vitest';
import { searchPanelHtml, type PanelOptions } from './panel-markup';

const options: PanelOptions = {
  id: 'page-search',
  showLabel: true,
  syncUrl: true,
  base: '/kb/',
  sectionOrder: ['常见问题', '费率"政策'],
  officialSite: 'https://www.lakala.com/',
};

describe('searchPanelHtml', () => {
  it('ties the field to its label, status and results by the given id', () => {
    const html = searchPanelHtml(options);
    expect(html).toContain('<label for="page-search-q">');
    expect(html).toContain('id="page-search-q"');
    expect(html).toContain('aria-describedby="page-search-status" aria-controls="page-search-results"');
    expect(html).toContain('<p id="page-search-status"');
    expect(html).toContain('<ol id="page-search-results"');
  });

  it('sends the form and the help links under the base path, and names the official site by its host', () => {
    const html = searchPanelHtml(options);
    expect(html).toContain('action="/kb/search/"');
    expect(html).toContain('href="/kb/troubleshoot/"');
    expect(html).toContain('href="/kb/faq/"');
    expect(html).toContain('<a href="https://www.lakala.com/" rel="noopener">www.lakala.com</a>');
  });

  it('hides the label and leaves the address alone in the dialog', () => {
    const html = searchPanelHtml({ ...options, id: 'dialog-search', showLabel: false, syncUrl: false });
    expect(html).toContain('<label for="dialog-search-q" class="visually-hidden">');
    expect(html).not.toContain('data-sync-url');
  });

  it('escapes what it is given', () => {
    expect(searchPanelHtml(options)).toContain('data-section-order="[&quot;常见问题&quot;,&quot;费率\\&quot;政策&quot;]"');
  });
});
