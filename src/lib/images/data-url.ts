/** Characters a URL cannot hold as they are, or that would end the attribute or the data. */
const UNSAFE_IN_DATA_URL = /[%#<>?[\\\]^`{|}\s"]/g;

/**
 * An SVG as a `data:` URL that stays short: its double quotes become single ones and only what
 * a URL cannot hold is percent-encoded (`encodeURIComponent` on the whole of it would triple the
 * length of every tag, on every page that carries it).
 */
export function svgDataUrl(svg: string): string {
  const text = svg.trim().replace(/>\s+</g, '><').replace(/\s+/g, ' ').replace(/"/g, "'");
  return `data:image/svg+xml,${text.replace(UNSAFE_IN_DATA_URL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}
