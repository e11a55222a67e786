import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { authoredEntries } from '../support/content';
import { everyBuiltPage, readPage } from '../support/dist';
import { SECTIONS } from '../../src/schemas/sections';

describe('the built site', () => {
  const pages = everyBuiltPage();

  it('has a home page, a 404 page and a search page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/search/']));
  });

  it('has an index page for every section', () => {
    for (const section of SECTIONS) expect(pages, section).toContain(`/${section}/`);
  });

  it('has a page for every authored entry', () => {
    const entries = authoredEntries();
    expect(entries.length).toBeGreaterThan(SECTIONS.length);
    const missing = entries.filter((e) => !pages.includes(`/${e.collection}/${e.id}/`));
    expect(missing).toEqual([]);
  });

  it('marks every page as Simplified Chinese', () => {
    for (const page of pages) expect(readPage(page), page).toMatch(/<html lang="zh-CN"/);
  });

  it('shows the last update and the sources on an entry page', () => {
    const [first] = authoredEntries().filter((e) => e.collection === 'faq');
    const html = readPage(`/faq/${first?.id ?? ''}/`);
    expect(html).toContain('最后更新');
    expect(html).toContain('依据与来源');
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
  });

  it('says on every page that it is not the official site', () => {
    for (const page of pages) expect(readPage(page), page).toContain('不是拉卡拉官方网站');
  });
});

describe('the search index', () => {
  it('was written by Pagefind', () => {
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(DIST, 'pagefind/index')).length).toBeGreaterThan(0);
  });

  it('has a section filter', () => {
    expect(readdirSync(join(DIST, 'pagefind/filter')).length).toBeGreaterThan(0);
  });

  it('indexes entry pages and leaves the 404 page out', () => {
    expect(readPage('/faq/')).toContain('data-pagefind-body');
    expect(readPage('/404.html')).not.toContain('data-pagefind-body');
  });
});
