import { describe, expect, it } from 'vitest';
import { decodeQrPng } from '../../../tests/support/qr';
import { img, h } from './element';
import { loadFonts } from './fonts';
import { qrImage } from './qr';
import { renderPng } from './render';
import { DRAWING_TIMEOUT_MS, PROJECT_ROOT } from './test-support';

describe('qrImage', { timeout: DRAWING_TIMEOUT_MS }, () => {
  it('is a whole number of pixels per module, within the size asked for', () => {
    const qr = qrImage('https://pos-help.example.org/requirements/geti/', 220);
    expect(qr.size).toBeLessThanOrEqual(220);
    expect(qr.size).toBeGreaterThan(150);
    const svg = Buffer.from(qr.src.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    expect(qr.size % modules).toBe(0);
  });

  it.each(['https://pos-help.example.org/requirements/geti/', 'https://kb.example.net/kb/requirements/xiaowei/'])(
    'decodes to %s once drawn into an image',
    async (url) => {
      const qr = qrImage(url, 220);
      const node = h('div', { display: 'flex', width: '100%', height: '100%', backgroundColor: '#fff' }, img(qr.src, qr.size, qr.size));
      const png = await renderPng(node, { width: 300, height: 300 }, loadFonts(PROJECT_ROOT));
      expect(decodeQrPng(png.png)).toBe(url);
    },
  );
});
