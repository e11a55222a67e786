import QRCode from 'qrcode';

/** The standard quiet zone: four modules of white around the code, so cameras find its edges. */
const QUIET_ZONE = 4;

export interface QrImage {
  /** An SVG data URI, one path for all dark modules. */
  src: string;
  /** Width and height in pixels: a whole number of pixels per module, so edges stay sharp. */
  size: number;
}

/** A QR code for `text`, at most `maxSize` pixels square (larger only if a module would be under 3 px). */
export function qrImage(text: string, maxSize: number): QrImage {
  const { size: modules, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const total = modules + QUIET_ZONE * 2;
  const scale = Math.max(3, Math.floor(maxSize / total));
  let path = '';
  for (let y = 0; y < modules; y++) {
    for (let x = 0; x < modules; x++) {
      if (data[y * modules + x]) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  const size = total * scale;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>`;
  return { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, size };
}
