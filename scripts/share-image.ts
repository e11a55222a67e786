/**
 * Draws the default link-preview image (public/og/default.png, 1200×630) with the local
 * Chromium and the Noto CJK fonts, so Chinese text is real glyphs, not boxes.
 * Run `npm run share-image` after changing the site name or tagline, and commit the PNG.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { SHARE_IMAGE } from '../src/lib/deploy/share-image.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'public', SHARE_IMAGE.path);

const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  body {
    width: ${SHARE_IMAGE.width}px; height: ${SHARE_IMAGE.height}px; box-sizing: border-box;
    padding: 72px 88px; display: flex; flex-direction: column; justify-content: space-between;
    background: #ffffff; color: #1a1f24; font-family: 'Noto Sans CJK SC', sans-serif;
    border-top: 24px solid #0b5cad;
  }
  .site { font-size: 36px; font-weight: 700; color: #0b5cad; letter-spacing: 2px; }
  h1 { font-size: 76px; line-height: 1.25; margin: 0; font-weight: 900; }
  p { font-size: 40px; line-height: 1.5; margin: 20px 0 0; color: #4a5560; }
  .steps { display: flex; gap: 20px; font-size: 30px; }
  .steps span { background: #e6f0fa; color: #0b5cad; border-radius: 12px; padding: 10px 24px; font-weight: 700; }
  .note { font-size: 26px; color: #4a5560; }
</style></head><body>
  <div class="site">POS 结算帮助站</div>
  <div>
    <h1>拉卡拉 POS 机无法结算？</h1>
    <p>钱没到账，先在这里查原因、找办法。</p>
  </div>
  <div class="steps"><span>设备</span><span>网络</span><span>账户</span><span>系统</span></div>
  <div class="note">独立的商户帮助指南，不是拉卡拉官方网站</div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT, type: 'png' });
  console.log(`Wrote ${OUT}`);
} finally {
  await browser.close();
}
