import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** How many pages each browser context drives at once; 2 suits a 2-core machine. */
export const PAGE_CONCURRENCY = Number(process.env.PAGE_CONCURRENCY ?? 2);

/**
 * Visits every path with a few reusable tabs of one context. Each visit runs to the end even
 * when another failed: a gate measures everything and reports all problems together.
 */
export async function forEachPage(
  browser: Browser,
  options: BrowserContextOptions,
  paths: readonly string[],
  visit: (page: Page, path: string) => Promise<void>,
  { concurrency = PAGE_CONCURRENCY, prepare }: { concurrency?: number; prepare?: (page: Page) => Promise<void> } = {},
): Promise<void> {
  const context = await browser.newContext(options);
  try {
    const queue = [...paths];
    const errors: string[] = [];
    const worker = async () => {
      const page = await context.newPage();
      await prepare?.(page);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        try {
          await visit(page, path);
        } catch (error) {
          errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
    if (errors.length > 0) throw new Error(`Could not visit:\n${errors.join('\n')}`);
  } finally {
    await context.close();
  }
}
