import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/integrations/glossary-links';
import { pagefind } from './src/integrations/pagefind';

const site = process.env.SITE_URL ?? 'https://pos-help.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: satteri({ hastPlugins: [glossaryLinks({ base })] }) },
  integrations: [mdx(), pagefind()],
  // Writes JSON Schemas of the collections to .astro/ so editors validate and complete front matter.
  experimental: { contentIntellisense: true },
  // Small scripts would otherwise be inlined into the HTML, which a strict CSP (script-src 'self') blocks.
  vite: { build: { assetsInlineLimit: 0 } },
});
