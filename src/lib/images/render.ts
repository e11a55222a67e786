import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { ImageNode } from './element';
import type { LoadedFont } from './fonts';
import { missingCharacters, textOfNode } from './subset';

export interface DrawnImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface LayoutBox {
  left: number;
  top: number;
  width: number;
  height: number;
  text?: string | undefined;
}

/**
 * Lays out `node` as SVG. With no `height` the image is as tall as its content.
 * Text becomes glyph outlines, so the SVG needs no font to be drawn.
 */
export async function layoutSvg(
  node: ImageNode,
  size: { width: number; height?: number },
  fonts: LoadedFont[],
  onBox?: (box: LayoutBox) => void,
): Promise<{ svg: string; width: number; height: number }> {
  const missing = missingCharacters(textOfNode(node), fonts);
  if (missing.length > 0) throw new Error(`The font subset lacks ${missing.join('')}: subset the fonts to every text the image shows`);
  const svg = await satori(node, {
    ...size,
    fonts,
    ...(onBox
      ? {
          onNodeDetected: (n) => {
            onBox({ left: n.left, top: n.top, width: n.width, height: n.height, text: n.textContent });
          },
        }
      : {}),
  });
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!width || !height) throw new Error('satori returned an SVG without a size');
  return { svg, width, height };
}

/** Rasterises satori's SVG with resvg: no browser, no system fonts, the same pixels everywhere. */
export function rasterise(svg: string): DrawnImage {
  const rendered = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}

export async function renderPng(node: ImageNode, size: { width: number; height?: number }, fonts: LoadedFont[]): Promise<DrawnImage> {
  const { svg } = await layoutSvg(node, size, fonts);
  return rasterise(svg);
}
