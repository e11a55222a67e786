import type { APIRoute } from 'astro';
import { withBase } from '../lib/content';

/** Everything may be crawled; the sitemap's address depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
