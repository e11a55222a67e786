import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind';
import { redirects } from './src/integrations/redirects';
import { securityHeaders } from './src/integrations/security-headers';
import { shareImages } from './src/integrations/share-images';
import { deployFromEnv } from './src/lib/deploy/env';
import { filingFromEnv } from './src/lib/deploy/filing';
import { contentDir } from './src/lib/deploy/content-dir';
import { readRedirects } from './src/lib/deploy/redirects';
import { withBase } from './src/lib/content/urls';
import { markdownProcessor, SYNTAX_HIGHLIGHT } from './src/lib/content/markdown';

// SITE_URL and BASE_PATH decide every absolute URL (canonical, sitemap, feed, share tags);
// a bad value stops the build here, naming the variable.
const { site, base } = deployFromEnv(process.env);
// SITE_ICP and SITE_PSB (filing numbers for mainland hosting) are checked here too, before any page is built.
filingFromEnv(process.env);
// Retired addresses forward to their successors; they are not pages of their own in the sitemap.
const retired = new Set(readRedirects(contentDir()).map((r) => new URL(withBase(r.from, base), site).href));

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: markdownProcessor(base), syntaxHighlight: SYNTAX_HIGHLIGHT },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !retired.has(page) }),
    pagefind(),
    securityHeaders(),
    redirects(),
    shareImages(),
  ],
  // Writes JSON Schemas of the collections to .astro/ so editors validate and complete front matter.
  experimental: { contentIntellisense: true },
  // Astro would inline small scripts itself, unmarked and so without a hash in the page's policy;
  // the security-headers step inlines every page script instead, marked and hashed.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX entry's asset module "use astro:head-inject"; the bundler warns
        // about each one (thousands of lines at scale) though the directive is Astro's own.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('astroPropagatedAssets')) return;
          handler(level, log);
        },
      },
    },
  },
});
