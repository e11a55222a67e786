import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ImageNode } from './element';
import type { LoadedFont } from './fonts';

/** The font, cut down to the characters one image shows, and which characters those are. */
export interface FontSubset extends LoadedFont {
  characters: ReadonlySet<string>;
}

export class FontSubsetError extends Error {
  override name = 'FontSubsetError';
}

/** Every character an element tree shows. */
export function textOfNode(node: ImageNode): string {
  const { children } = node.props;
  if (typeof children === 'string') return children;
  return (children ?? []).map((child) => (typeof child === 'string' ? child : textOfNode(child))).join('');
}

/** The characters of `text` that a font subset lacks; layout with such a subset would lose them. */
export function missingCharacters(text: string, fonts: readonly LoadedFont[]): string[] {
  const missing = new Set<string>();
  for (const font of fonts) {
    if (!('characters' in font)) continue;
    const { characters } = font as FontSubset;
    for (const ch of text) if (!/\s/.test(ch) && !characters.has(ch)) missing.add(ch);
  }
  return [...missing];
}

/** The exports of HarfBuzz's subsetter that are used here (hb-subset.wasm from harfbuzzjs). */
interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;

/** Characters satori may draw that the text does not contain: a space, and the ellipsis of a clamped line. */
const ALWAYS = [' ', '…'];

const compiled = new Map<string, WebAssembly.Module>();

function subsetter(projectRoot: string): WebAssembly.Module {
  let module = compiled.get(projectRoot);
  if (!module) {
    const require = createRequire(join(projectRoot, 'package.json'));
    let path: string;
    try {
      path = require.resolve('harfbuzzjs/hb-subset.wasm');
    } catch {
      throw new FontSubsetError('找不到 harfbuzzjs/hb-subset.wasm：运行 npm ci 安装依赖（图片里的文字靠它取出字体子集）');
    }
    module = new WebAssembly.Module(readFileSync(path));
    compiled.set(projectRoot, module);
  }
  return module;
}

function subsetOne(hb: HarfBuzzSubset, font: LoadedFont, codePoints: readonly number[]): Buffer {
  const pointer = hb.malloc(font.data.byteLength);
  new Uint8Array(hb.memory.buffer).set(font.data, pointer);
  const blob = hb.hb_blob_create(pointer, font.data.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  const result = hb.hb_face_reference_blob(subset);
  const length = hb.hb_blob_get_length(result);
  const data = Buffer.from(new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(result, 0), length));
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subset);
  hb.hb_face_destroy(face);
  hb.free(pointer);
  if (length === 0) throw new FontSubsetError(`字体 ${font.name}（${font.weight}）无法取子集：字体文件可能已损坏，重新运行 npm ci`);
  return data;
}

/**
 * The fonts cut down to the characters of `text`, with HarfBuzz (the same glyphs, metrics and
 * kerning, so the same pixels). Satori then reads a few kilobytes per face instead of two 10 MB
 * Chinese fonts, which made each drawing hold about 100 MB. The subsetter's memory is its own
 * instance's and is released with it.
 */
export function subsetFonts(fonts: readonly LoadedFont[], text: string, projectRoot: string): FontSubset[] {
  // Code points, not graphemes: a font maps code points to glyphs.
  const characters = new Set(Array.from(text).filter((ch) => !/\s/.test(ch)));
  const codePoints = [...characters, ...ALWAYS].map((ch) => ch.codePointAt(0) ?? 0);
  const instance = new WebAssembly.Instance(subsetter(projectRoot), {});
  const hb = instance.exports as unknown as HarfBuzzSubset;
  return fonts.map((font) => ({ ...font, data: subsetOne(hb, font, codePoints), characters }));
}
