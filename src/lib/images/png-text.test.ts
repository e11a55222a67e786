import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { readText, withText } from './png-text';

const tinyPng = () => PNG.sync.write(Object.assign(new PNG({ width: 2, height: 2 }), { data: Buffer.alloc(16, 255) }));

describe('PNG text chunks', () => {
  it('reads back the UTF-8 text written under a keyword', () => {
    const png = withText(tinyPng(), 'Description', '营业执照：四角完整\n第二行');
    expect(readText(png, 'Description')).toBe('营业执照：四角完整\n第二行');
    expect(readText(png, 'Comment')).toBeUndefined();
  });

  it('leaves a PNG that decoders still read, pixels unchanged', () => {
    const decoded = PNG.sync.read(Buffer.from(withText(tinyPng(), 'Description', '文字')));
    expect([decoded.width, decoded.height]).toEqual([2, 2]);
    expect([...decoded.data]).toEqual(new Array(16).fill(255));
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withText(new TextEncoder().encode('GIF89a'), 'Description', 'x')).toThrow(/not a PNG/);
  });
});
