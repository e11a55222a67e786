import { describe, expect, it } from 'vitest';
import { svgDataUrl } from './data-url';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n  <rect width="32" fill="#0b5cad"/></svg>\n';

describe('svgDataUrl', () => {
  it('decodes to the same drawing', () => {
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(
      `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' fill='#0b5cad'/></svg>`,
    );
  });

  it('encodes only what a URL or an attribute cannot hold', () => {
    const url = svgDataUrl(svg);
    expect(url).not.toMatch(/[\s"<>#]/);
    expect(url).toContain("%3Csvg%20xmlns='http://www.w3.org/2000/svg'");
    expect(url).toContain("fill='%230b5cad'/%3E");
    expect(url.length - 'data:image/svg+xml,'.length).toBeLessThan(encodeURIComponent(svg.trim()).length * 0.8);
  });
});
