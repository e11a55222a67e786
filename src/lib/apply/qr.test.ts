import { describe, expect, it } from 'vitest';
import { decodeQrSvg as decode } from '../../../tests/support/qr';
import { modulePath, qrSvg } from './qr';

describe('qrSvg', () => {
  it('encodes the URL it is given', () => {
    const url = 'https://pos-help.example.org/kb/requirements/geti/';
    expect(decode(qrSvg(url, '二维码'))).toBe(url);
  });

  it('draws black on a white square, whatever the colour scheme', () => {
    const svg = qrSvg('https://example.org/', '二维码');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    expect(svg).not.toContain('style=');
  });

  it('labels the image and escapes the label', () => {
    expect(qrSvg('https://example.org/', '扫码 "打开" <本页>')).toContain('role="img" aria-label="扫码 &#34;打开&#34; &#60;本页&#62;"');
  });
});

describe('modulePath', () => {
  it('draws each horizontal run of dark modules as one stroke, moving from the end of the last', () => {
    const rows = ['##.#', '....', '.###', '....'];
    const path = modulePath(4, (x, y) => rows[y]![x] === '#', 4);
    expect(path).toBe('M4 4.5h2m1 0h1m-3 2h3');
  });

  it('draws a whole QR code as one path, far shorter than a square per module', () => {
    const svg = qrSvg('https://pos-help.example.org/requirements/geti/', '二维码');
    expect(svg.match(/<path /g)).toHaveLength(1);
    const runs = (svg.match(/h\d+/g) ?? []).length;
    expect(runs).toBeGreaterThan(100);
    expect(svg.length).toBeLessThan(runs * 10);
  });
});
