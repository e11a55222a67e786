import jsQR from 'jsqr';

/**
 * Decodes a QR code SVG drawn by src/lib/apply/qr.ts: its modules are unit squares
 * (`M x y h1v1h-1z`) on a white square, so they can be rasterised without a browser.
 */
export function decodeQrSvg(svg: string, scale = 6): string | undefined {
  const total = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  if (!total) return undefined;
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
