import { crc32 } from 'node:zlib';

/**
 * PNG text chunks (iTXt, UTF-8): a poster carries the text it shows, so a test can compare
 * what was drawn with the page without reading pixels.
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
  /** Offset of the chunk's length field. */
  offset: number;
}

function chunks(png: Uint8Array): Chunk[] {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const found: Chunk[] = [];
  for (let offset = 8; offset + 12 <= bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    found.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length), offset });
    offset += 12 + length;
  }
  return found;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The PNG with an uncompressed iTXt chunk `keyword` = `text` just before its end. */
export function withText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const end = chunks(png).find((c) => c.type === 'IEND');
  if (!end) throw new Error('PNG file without an IEND chunk');
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL, text
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  return new Uint8Array(Buffer.concat([bytes.subarray(0, end.offset), chunk('iTXt', data), bytes.subarray(end.offset)]));
}

/** The text of the first uncompressed iTXt chunk named `keyword`, if any. */
export function readText(png: Uint8Array, keyword: string): string | undefined {
  for (const { type, data } of chunks(png)) {
    if (type !== 'iTXt') continue;
    const nul = data.indexOf(0);
    if (data.toString('latin1', 0, nul) !== keyword || data[nul + 1] !== 0) continue;
    const language = data.indexOf(0, nul + 3);
    const translated = data.indexOf(0, language + 1);
    return data.toString('utf8', translated + 1);
  }
  return undefined;
}
