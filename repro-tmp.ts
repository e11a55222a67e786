import { launchBrowser, DESKTOP } from './tests/support/browser';
import { startServer } from './tests/support/server';
const dist = process.argv[2]!;
const rounds = Number(process.argv[3] ?? 20);
const browser = await launchBrowser();
const server = await startServer(dist);
let failures = 0;
for (let r = 0; r < rounds; r++) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as any).__log = [];
    const log = (s: string) => (window as any).__log.push(`${performance.now().toFixed(1)} ${s}`);
    document.addEventListener('keydown', (e) => log(`keydown ${e.key} active=${document.activeElement?.tagName}`), true);
    document.addEventListener('focusin', (e) => log(`focusin ${(e.target as HTMLElement).tagName}${(e.target as HTMLElement).id ? '#' + (e.target as HTMLElement).id : ''}`), true);
    addEventListener('DOMContentLoaded', () => {
      const d = document.querySelector('dialog');
      d?.addEventListener('close', () => log('close event'));
      d?.addEventListener('cancel', () => log('cancel event'));
      new MutationObserver(() => log(`open=${d?.open}`)).observe(d!, { attributes: true, attributeFilter: ['open'] });
    });
  });
  await page.goto(`${server.origin}/faq/what-is-settlement-failure/`);
  const open = page.locator('[data-search-open]');
  await open.click();
  await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+k');
  await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open);
  await page.keyboard.press('/');
  try {
    await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'), undefined, { timeout: 5000 });
  } catch {
    failures++;
    console.log(`round ${r} FAILED`, await page.evaluate(() => ({ open: document.querySelector('dialog')!.open, active: document.activeElement?.outerHTML.slice(0, 80), log: (window as any).__log.slice(-14) })));
  }
  await context.close();
}
console.log(`failures ${failures}/${rounds}`);
await browser.close();
await server.close();
