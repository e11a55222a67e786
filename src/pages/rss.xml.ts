import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent, updatesOf, withBase } from '../lib/content';
import { siteConfig } from '../site.config';

/** The newest updates as RSS 2.0, so merchants and reps can follow changes in a reader. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const home = new URL(withBase('/'), site).href;
  const self = new URL(withBase('/rss.xml'), site).href;
  const updates = updatesOf(await getSiteContent()).slice(0, FEED_SIZE);
  return rss({
    title: `${siteConfig.name} 更新记录`,
    description: siteConfig.tagline,
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: updates.map((u) => ({
      title: u.title,
      link: new URL(u.href, site).href,
      pubDate: u.updated,
      description: u.description,
      categories: [u.sectionLabel],
    })),
  });
};
