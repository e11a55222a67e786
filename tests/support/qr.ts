import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Decodes a QR code SVG drawn by src/lib/apply/qr.ts: its dark modules are one path of
 * horizontal runs stroked one unit wide through the middle of their row (`M x y.5 h n`, later
 * ones moved relative to the end of the last with `m dx dy`) on a white square, so they can be
 * rasterised without a browser.
 */
export function decodeQrSvg(svg: string, scale = 6): string | undefined {
  const total = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  if (!total) return undefined;
  const size = total * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let pen = [0, 0];
  for (const [, move, dx, dy, length] of path.matchAll(/([Mm])(-?[\d.]+) (-?[\d.]+)h(\d+)/g)) {
    pen = move === 'M' ? [Number(dx), Number(dy)] : [pen[0]! + Number(dx), pen[1]! + Number(dy)];
    const top = pen[1]! - 0.5;
    for (let px = pen[0]! * scale; px < (pen[0]! + Number(length)) * scale; px++) {
      for (let py = top * scale; py < (top + 1) * scale; py++) {
        const i = (py * size + px) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
    pen[0]! += Number(length);
  }
  return jsQR(pixels, size, size)?.data;
}

/** The text of a QR code found anywhere in a PNG (a poster), or undefined. */
export function decodeQrPng(png: Uint8Array): string | undefined {
  const { data, width, height } = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height)?.data;
}

/** Share of a PNG's pixels that are clearly not white: 0 for a blank image. */
export function inkedShare(png: Uint8Array): number {
  const { data, width, height } = PNG.sync.read(Buffer.from(png));
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! > 0 && Math.min(data[i]!, data[i + 1]!, data[i + 2]!) < 200) inked++;
  }
  return inked / (width * height);
}
