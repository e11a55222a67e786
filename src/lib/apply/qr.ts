import QRCode from 'qrcode';

/**
 * A QR code as an SVG string, drawn at build time so pages ship no QR library.
 * Black on white with the standard four-module quiet zone, whatever the colour scheme,
 * so a phone camera can always read it. The dark modules are one `<path>`: each horizontal run
 * of modules is one stroke a module wide, placed relative to the end of the previous one, which
 * keeps the markup small and gives the browser one shape to paint instead of hundreds.
 */
export function qrSvg(text: string, label: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  const margin = 4;
  const total = size + margin * 2;
  const title = escapeXml(label);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" role="img" aria-label="${title}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#ffffff"/>` +
    `<path d="${modulePath(size, (x, y) => Boolean(data[y * size + x]), margin)}" fill="none" stroke="#000000"/></svg>`
  );
}

/**
 * The dark modules as one path: a horizontal line through the middle of each run of modules
 * (stroked one unit wide, it covers the run exactly). After `h` the pen is at the run's end, so
 * the next run is a relative move from there.
 */
export function modulePath(size: number, dark: (x: number, y: number) => boolean, margin: number): string {
  let path = '';
  let pen: [number, number] | undefined;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!dark(x, y) || (x > 0 && dark(x - 1, y))) continue;
      let length = 1;
      while (x + length < size && dark(x + length, y)) length++;
      const [px, py] = [x + margin, y + margin];
      path += pen ? `m${px - pen[0]} ${py - pen[1]}` : `M${px} ${py + 0.5}`;
      path += `h${length}`;
      pen = [px + length, py];
    }
  }
  return path;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
