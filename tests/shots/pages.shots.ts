import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, DIST, ROOT } from '../support/build';
import { DESKTOP, launchBrowser, PHONE } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { closeAll } from '../support/teardown';

/**
 * Saves what a reader sees on the key pages, on a phone (390×844) and a desktop, into `shots/`.
 * `SKIP_BUILD=1` reuses an existing `dist/`. Pages that do not exist yet are skipped with a note.
 */
const OUT = join(ROOT, 'shots');

/** The preferred entry when it is built, else the section's first. */
function entry(section: string, preferred: string): string | undefined {
  const dir = join(DIST, section);
  if (!existsSync(dir)) return undefined;
  if (existsSync(join(dir, preferred, 'index.html'))) return `/${section}/${preferred}/`;
  const id = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())?.name;
  return id && `/${section}/${id}/`;
}

const PAGES: { name: string; path: () => string | undefined }[] = [
  { name: 'home', path: () => '/' },
  { name: 'faq-entry', path: () => entry('faq', 'money-not-arrived') },
  { name: 'troubleshoot', path: () => '/troubleshoot/' },
  { name: 'requirements-geti', path: () => '/requirements/geti/' },
  { name: 'fees-calculator', path: () => '/fees/calculator/' },
  { name: 'search', path: () => '/search/?q=钱没到账' },
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (process.env.SKIP_BUILD !== '1' || !existsSync(join(DIST, 'index.html'))) {
    const result = await buildSite();
    if (result.status !== 0) throw new Error(`The site did not build:\n${result.output.slice(-4000)}`);
  }
  mkdirSync(OUT, { recursive: true });
  server = await startServer(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await closeAll(browser, server);
});

it('saves phone and desktop screenshots of the key pages', async () => {
  const saved: string[] = [];
  for (const page of PAGES) {
    const path = page.path();
    const file = path && join(DIST, path.split('?')[0] ?? path, 'index.html');
    if (!path || !file || !existsSync(file)) {
      console.log(`shots: skipped ${page.name} (${path ?? 'no entry'} is not built yet)`);
      continue;
    }
    for (const [device, options] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const context = await browser.newContext(options);
      const tab = await context.newPage();
      await tab.goto(server.origin + encodeURI(path), { waitUntil: 'networkidle' });
      // A search link's results are drawn by the page: wait until its panel has settled.
      if (new URL(path, server.origin).searchParams.has('q'))
        await tab.waitForSelector('main [data-search-panel]:is([data-state="done"], [data-state="empty"], [data-state="error"])', {
          state: 'attached',
        });
      await tab.screenshot({ path: join(OUT, `${page.name}-${device}.png`) });
      await tab.screenshot({ path: join(OUT, `${page.name}-${device}-full.png`), fullPage: true });
      saved.push(`${page.name}-${device}`);
      await context.close();
    }
  }

  // The phone menu, opened.
  const context = await browser.newContext(PHONE);
  const tab = await context.newPage();
  await tab.goto(server.origin + '/', { waitUntil: 'networkidle' });
  await tab.locator('button[aria-controls="site-nav"]').click();
  await tab.screenshot({ path: join(OUT, 'menu-open-phone.png') });
  saved.push('menu-open-phone');
  await context.close();

  console.log(`shots: ${saved.length} views saved in ${OUT}`);
  expect(saved.length).toBeGreaterThan(0);
});
