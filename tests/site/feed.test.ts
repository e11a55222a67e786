import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { authoredEntries } from '../support/content';
import { readPage } from '../support/dist';
import { parseHtml, parseRss } from '../support/seo';

const ORIGIN = 'https://pos-help.example.org';

describe('the RSS feed', () => {
  const text = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  const feed = parseRss(text);
  const channel = feed.rss?.channel;
  const items = channel?.item ?? [];

  it('is RSS 2.0 with the required channel elements', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(feed.rss?.['@version']).toBe('2.0');
    expect(channel?.title).toMatch(/更新记录/);
    expect(channel?.description?.length).toBeGreaterThan(4);
    expect(channel?.link).toBe(`${ORIGIN}/`);
    expect(channel?.language).toBe('zh-cn');
    expect(channel?.['atom:link']?.['@href']).toBe(`${ORIGIN}/rss.xml`);
  });

  it('has one item per entry, each with a title, an absolute link, a guid, a description and an RFC 822 date', () => {
    expect(items.length).toBe(Math.min(50, authoredEntries().length));
    for (const item of items) {
      expect(item.title.length).toBeGreaterThan(1);
      expect(item.link.startsWith(`${ORIGIN}/`), item.link).toBe(true);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.description.length).toBeGreaterThan(4);
      expect(item.pubDate).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
      );
      readPage(new URL(item.link).pathname); // throws when the page was not built
    }
  });

  it('lists the newest updates first', () => {
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('the updates page', () => {
  const root = parseHtml(readPage('/updates/'));

  it('groups every entry under its update day, newest day first', () => {
    const days = root.querySelectorAll('main section.day').map((s) => s.querySelector('time')!.getAttribute('datetime')!);
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual([...days].sort().reverse());
    const links = root.querySelectorAll('main section.day li a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(
      authoredEntries()
        .map((e) => `/${e.collection}/${e.id}/`)
        .sort(),
    );
  });

  it('links the feed', () => {
    expect(root.querySelector('main a[href="/rss.xml"]')).not.toBeNull();
  });
});
