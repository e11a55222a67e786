import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr';

/** Rasterises the SVG's module squares (the only shapes it draws) and decodes them. */
function decode(svg: string): string | undefined {
  const total = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const scale = 6;
  const size = total * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return jsQR(pixels, size, size)?.data;
}

describe('qrSvg', () => {
  it('encodes the URL it is given', () => {
    const url = 'https://pos-help.example.org/kb/requirements/geti/';
    expect(decode(qrSvg(url, '二维码'))).toBe(url);
  });

  it('draws black on a white square, whatever the colour scheme', () => {
    const svg = qrSvg('https://example.org/', '二维码');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('fill="#000000"');
    expect(svg).not.toContain('style=');
  });

  it('labels the image and escapes the label', () => {
    expect(qrSvg('https://example.org/', '扫码 "打开" <本页>')).toContain('role="img" aria-label="扫码 &#34;打开&#34; &#60;本页&#62;"');
  });
});
