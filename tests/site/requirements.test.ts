import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build';
import { authoredEntries, frontMatter } from '../support/content';
import { readPage } from '../support/dist';
import { missingAnchors, publishedAnchors } from '../../src/lib/apply/anchors';

const PUBLISHED = (JSON.parse(readFileSync(join(ROOT, 'tests/published-anchors.json'), 'utf8')) as { anchors: string[] }).anchors;

const types = authoredEntries()
  .filter((e) => e.collection === 'requirements')
  .map((e) => ({ id: e.id, documents: frontMatter('requirements', e.id).documents as { id: string; name: string }[] }));

describe('published document anchors', () => {
  it('has three merchant types with stable ids', () => {
    expect(types.map((t) => t.id).sort()).toEqual(['geti', 'qiye', 'xiaowei']);
  });

  it('keeps every anchor ever published in the content', () => {
    expect(missingAnchors(PUBLISHED, publishedAnchors(types)), 'a published document anchor was removed or renamed').toEqual([]);
  });

  it('lists every current anchor, so the next removal is caught', () => {
    expect(missingAnchors(publishedAnchors(types), PUBLISHED), 'add new anchors to tests/published-anchors.json').toEqual([]);
  });

  it('renders every published anchor once on its page', () => {
    for (const anchor of PUBLISHED) {
      const [type, id] = anchor.split('#');
      const root = parse(readPage(`/requirements/${type}/`));
      expect(root.querySelectorAll(`[id="${id}"]`), anchor).toHaveLength(1);
    }
  });
});

describe('merchant-type pages', () => {
  it.each(types.map((t) => t.id))('%s: a specific title and description, the QR code inline and the page URL printed', (id) => {
    const root = parse(readPage(`/requirements/${id}/`));
    expect(root.querySelector('title')?.text).toContain('资料');
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    const svg = root.querySelector('.qr svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toContain('二维码');
    expect(root.querySelector('.page-url')?.text).toContain(`https://pos-help.example.org/requirements/${id}/`);
  });

  it.each(types.map((t) => t.id))('%s: without JavaScript, no checkbox or copy button shows', (id) => {
    const root = parse(readPage(`/requirements/${id}/`));
    // Hidden by the stylesheet when scripting is off (`@media (scripting: none)`), so nothing moves when scripts run.
    const controls = root.querySelectorAll('.tick, .copy-link, .share-actions, .self-check');
    expect(controls.length).toBeGreaterThan(3);
    for (const el of controls) expect(el.classList.contains('js-only'), el.outerHTML.slice(0, 80)).toBe(true);
    expect(root.querySelector('[data-copy-panel]')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelectorAll('.documents > li').length).toBe(types.find((t) => t.id === id)?.documents.length);
  });

  it('has no hand-written inline scripts, handlers or style attributes', () => {
    for (const page of ['/requirements/', '/channels/', ...types.map((t) => `/requirements/${t.id}/`)]) {
      const html = readPage(page);
      const root = parse(html);
      // JSON-LD structured data is not executable, so CSP allows it.
      const scripts = root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      // The site's own modules are linked or, written in by the build, name the file they came from.
      for (const script of scripts) expect(script.getAttribute('src') ?? script.getAttribute('data-inlined-from'), page).toBeTruthy();
      expect(html, page).not.toMatch(/\son[a-z]+="/);
      expect(html, page).not.toMatch(/\sstyle="/);
    }
  });

  it('ends without the settlement-trouble help: a merchant preparing documents has nothing to fix yet', () => {
    for (const page of types.map((t) => `/requirements/${t.id}/`))
      expect(parse(readPage(page)).querySelector('.still-stuck'), page).toBeNull();
    expect(parse(readPage('/faq/money-not-arrived/')).querySelector('.still-stuck h2')?.text).toBe('还没解决？');
  });

  it('the index lets a rep pick each merchant type', () => {
    const root = parse(readPage('/requirements/'));
    expect(root.querySelector('h1')?.text).toContain('给客户发办理资料');
    const links = root.querySelectorAll('a.card').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(types.map((t) => `/requirements/${t.id}/`)));
  });
});

describe('the channels page', () => {
  const root = parse(readPage('/channels/'));

  it('compares the four channels side by side', () => {
    const cards = root.querySelectorAll('.compare .channel');
    expect(cards.map((c) => c.getAttribute('aria-labelledby'))).toEqual([
      'channel-official-website',
      'channel-offline-store',
      'channel-bank-partner',
      'channel-service-provider',
    ]);
    for (const card of cards) {
      expect(card.querySelectorAll('dt').map((d) => d.text)).toEqual(['一般用时', '适合谁', '可办理']);
      expect(card.querySelectorAll('h4').map((h) => h.text)).toEqual(['步骤', '优点', '不足']);
    }
  });

  it('draws the review timeline from the data, with states and rejection reasons', () => {
    const stages = root.querySelectorAll('.timeline > li');
    expect(stages.map((s) => s.getAttribute('id'))).toEqual(['stage-submit', 'stage-review', 'stage-device-test', 'stage-contract']);
    expect(stages.map((s) => s.querySelector('.state')?.text)).toEqual(['状态：已创建', '状态：待审核', '状态：入网中', '状态：已开通']);
    expect(root.querySelector('.rejected')?.text).toContain('已驳回');
    expect(root.querySelectorAll('[id^="rejection-"]').length).toBeGreaterThanOrEqual(5);
  });

  it('warns that only www.lakala.com is Lakala’s own site', () => {
    expect(root.querySelector('.notice')?.text).toContain('www.lakala.com');
    expect(root.querySelector('.notice')?.text).toContain('代理商');
  });
});
