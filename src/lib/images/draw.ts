import type { LoadedFont } from './fonts';
import { withText } from './png-text';
import {
  documentRow,
  paginate,
  POSTER_CONTENT_WIDTH,
  POSTER_MAX_HEIGHT,
  POSTER_WIDTH,
  posterDescription,
  posterElement,
  type PosterContent,
  type PosterPage,
} from './poster';
import { PREVIEW_SIZE, previewElement, type PreviewCard } from './preview';
import { layoutSvg, rasterise, type DrawnImage } from './render';
import { subsetFonts, textOfNode } from './subset';

/** A link preview; `fonts` may be a subset (`subsetFonts`) with every character of the card. */
export async function drawPreview(card: PreviewCard, fonts: LoadedFont[]): Promise<DrawnImage> {
  const { svg } = await layoutSvg(previewElement(card), PREVIEW_SIZE, fonts);
  return rasterise(svg);
}

/** The checklist as one poster, or as several when it is taller than `maxHeight`. */
export async function drawPosters(
  content: PosterContent,
  allFonts: LoadedFont[],
  projectRoot: string,
  maxHeight = POSTER_MAX_HEIGHT,
): Promise<DrawnImage[]> {
  // Every text of every poster of the set: all rows, a continued poster's lines, any page number.
  const everything = posterElement(content, { number: 1, count: 2, documents: content.documents.map((_, i) => i) });
  const fonts = subsetFonts(allFonts, `${textOfNode(everything)}0123456789`, projectRoot);
  // A poster is a column: its height is its header and footer plus each row's, so each row is
  // measured once. The base is measured as a continued poster, which has one more line.
  const base = await layoutSvg(posterElement(content, { number: 1, count: 2, documents: [] }), { width: POSTER_WIDTH }, fonts);
  const rows: number[] = [];
  for (const [i, doc] of content.documents.entries()) {
    rows.push((await layoutSvg(documentRow(doc, i), { width: POSTER_CONTENT_WIDTH }, fonts)).height);
  }
  const split = paginate(rows, base.height, maxHeight);
  const images: DrawnImage[] = [];
  for (const [i, documents] of split.entries()) {
    const page: PosterPage = { number: i + 1, count: split.length, documents };
    const { svg } = await layoutSvg(posterElement(content, page), { width: POSTER_WIDTH }, fonts);
    const image = rasterise(svg);
    images.push({ ...image, png: withText(image.png, 'Description', posterDescription(content, page)) });
  }
  return images;
}
