/**
 * The element tree satori lays out: React-element-shaped objects, written without JSX so the
 * drawing code stays plain TypeScript.
 */
export type Style = Record<string, string | number>;

export interface ImageNode {
  type: string;
  props: { style?: Style; children?: ImageChild[] | string; [attribute: string]: unknown };
}

export type ImageChild = ImageNode | string;

/** `h('div', { fontSize: 30 }, 'text', h(...))`; `false`, `null` and `undefined` children are dropped. */
export function h(type: string, style: Style, ...children: (ImageChild | false | null | undefined)[]): ImageNode {
  const kept = children.filter((c): c is ImageChild => c !== false && c !== null && c !== undefined);
  return { type, props: { style, children: kept.length === 1 && typeof kept[0] === 'string' ? kept[0] : kept } };
}

/** An image element (satori requires its size). */
export function img(src: string, width: number, height: number, style: Style = {}): ImageNode {
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}
