import { describe, expect, it } from 'vitest';
import { decodeQrSvg as decode } from '../../../tests/support/qr';
import { qrSvg } from './qr';

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
