import type { ChecklistDocument } from '../apply/checklist';
import { h, img, type ImageNode } from './element';
import { qrImage } from './qr';
import { COLOURS, FONT_FAMILY } from './theme';
import { itemAt } from '../required';

/** Portrait, the width WeChat shows an image at full resolution on a phone. */
export const POSTER_WIDTH = 750;
/** A list taller than this continues on another poster (about three phone screens). */
export const POSTER_MAX_HEIGHT = 2400;

const PADDING_X = 44;
/** The width a document row is laid out at inside the poster. */
export const POSTER_CONTENT_WIDTH = POSTER_WIDTH - 2 * PADDING_X;
const QR_MAX_SIZE = 220;
const FINAL_SAY = '常见清单，以拉卡拉审核时的要求为准';

/** Everything a checklist poster shows, taken from the merchant type's entry. */
export interface PosterContent {
  siteName: string;
  /** The independence note every image carries. */
  note: string;
  merchantType: string;
  title: string;
  documents: ChecklistDocument[];
  /** `2026年11月25日`, as the page prints it. */
  updated: string;
  /** The page's canonical URL, encoded in the QR code. */
  url: string;
}

/** One poster of a set: which documents it shows (numbered across the set). */
export interface PosterPage {
  number: number;
  count: number;
  /** Indexes into `content.documents`. */
  documents: number[];
}

const condition = (doc: ChecklistDocument) => (doc.required ? '' : `（${doc.when ?? '视情况'}）`);

/** One document: its number, name (with when it is needed) and 合格标准. */
export function documentRow(doc: ChecklistDocument, index: number): ImageNode {
  return h(
    'div',
    { display: 'flex', padding: '18px 0', borderTop: `2px solid ${COLOURS.line}` },
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        flexShrink: 0,
        width: 44,
        height: 44,
        marginRight: 20,
        borderRadius: 22,
        backgroundColor: COLOURS.accent,
        color: COLOURS.paper,
        fontSize: 24,
        fontWeight: 700,
      },
      String(index + 1),
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1 },
      h('div', { display: 'block', fontSize: 30, fontWeight: 700, lineHeight: 1.4 }, doc.name + condition(doc)),
      h('div', { display: 'block', marginTop: 4, fontSize: 25, lineHeight: 1.55, color: COLOURS.inkSoft }, `合格标准：${doc.acceptable}`),
    ),
  );
}

function header(content: PosterContent, page: PosterPage): ImageNode {
  const required = content.documents.filter((d) => d.required).length;
  const optional = content.documents.length - required;
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', paddingBottom: 24 },
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 26 },
      h('div', { fontWeight: 700, color: COLOURS.accent }, content.siteName),
      page.count > 1 && h('div', { color: COLOURS.inkSoft }, `第 ${page.number}/${page.count} 张`),
    ),
    h(
      'div',
      { display: 'flex', marginTop: 28 },
      h(
        'div',
        { padding: '4px 18px', borderRadius: 8, backgroundColor: COLOURS.accentSoft, color: COLOURS.accent, fontSize: 28, fontWeight: 700 },
        content.merchantType,
      ),
    ),
    h('div', { display: 'block', marginTop: 16, fontSize: 44, fontWeight: 700, lineHeight: 1.35, textWrap: 'balance' }, content.title),
    h(
      'div',
      { display: 'block', marginTop: 12, fontSize: 26, color: COLOURS.inkSoft },
      `共 ${content.documents.length} 项${optional > 0 ? `：${required} 项必备，${optional} 项视情况` : ''}`,
    ),
  );
}

function footer(content: PosterContent, page: PosterPage): ImageNode {
  const qr = qrImage(content.url, QR_MAX_SIZE);
  return h(
    'div',
    { display: 'flex', flexDirection: 'column' },
    page.number < page.count &&
      h(
        'div',
        {
          display: 'flex',
          justifyContent: 'center',
          padding: '18px 0',
          borderTop: `2px solid ${COLOURS.line}`,
          fontSize: 26,
          fontWeight: 700,
          color: COLOURS.accent,
        },
        '接下一张',
      ),
    h(
      'div',
      { display: 'flex', alignItems: 'center', marginTop: 12, padding: 24, borderRadius: 16, backgroundColor: COLOURS.paperSoft },
      img(qr.src, qr.size, qr.size, { flexShrink: 0, marginRight: 28 }),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1 },
        h('div', { display: 'block', fontSize: 30, fontWeight: 700, lineHeight: 1.4 }, '扫码查看完整清单'),
        h(
          'div',
          { display: 'block', marginTop: 8, fontSize: 20, lineHeight: 1.5, color: COLOURS.inkSoft, wordBreak: 'break-all' },
          content.url,
        ),
        h('div', { display: 'block', marginTop: 14, fontSize: 24, color: COLOURS.inkSoft }, `最后更新：${content.updated}`),
        h('div', { display: 'block', marginTop: 10, fontSize: 26, fontWeight: 700, lineHeight: 1.5 }, FINAL_SAY),
      ),
    ),
    h('div', { display: 'flex', justifyContent: 'center', marginTop: 20, fontSize: 20, color: COLOURS.inkSoft }, content.note),
  );
}

/** One poster of the set, as tall as its documents need. */
export function posterElement(content: PosterContent, page: PosterPage): ImageNode {
  return h(
    'div',
    {
      width: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: `40px ${PADDING_X}px 32px`,
      backgroundColor: COLOURS.paper,
      borderTop: `16px solid ${COLOURS.accent}`,
      fontFamily: FONT_FAMILY,
      color: COLOURS.ink,
    },
    header(content, page),
    ...page.documents.map((i) => documentRow(itemAt(content.documents, i), i)),
    footer(content, page),
  );
}

/**
 * Splits the documents into posters no taller than `maxHeight`, never cutting a document: as
 * few posters as fit, the documents shared out evenly between them when they fit that way.
 * A poster is `baseHeight` (header and footer) plus its documents' `rowHeights`; a document too
 * tall for any poster gets one of its own.
 */
export function paginate(rowHeights: number[], baseHeight: number, maxHeight: number = POSTER_MAX_HEIGHT): number[][] {
  const fits = (rows: number[]) => baseHeight + rows.reduce((sum, i) => sum + itemAt(rowHeights, i), 0) <= maxHeight;
  const greedy: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < rowHeights.length; i++) {
    if (current.length > 0 && !fits([...current, i])) {
      greedy.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length > 0) greedy.push(current);
  if (greedy.length < 2) return greedy;
  const even = evenSplit(rowHeights.length, greedy.length);
  return even.every(fits) ? even : greedy;
}

/** `count` indexes in `parts` runs whose lengths differ by at most one, longer runs first. */
function evenSplit(count: number, parts: number): number[][] {
  const runs: number[][] = [];
  let next = 0;
  for (let p = 0; p < parts; p++) {
    const length = Math.floor(count / parts) + (p < count % parts ? 1 : 0);
    runs.push(Array.from({ length }, (_, k) => next + k));
    next += length;
  }
  return runs;
}

/**
 * The text of one poster, stored in its PNG (an iTXt "Description") so what was drawn can be
 * read back and compared with the page: each document as a numbered line with its name (and
 * when it is needed), then an indented line with its 合格标准.
 */
export function posterDescription(content: PosterContent, page: PosterPage): string {
  return [
    `${content.title}（第 ${page.number}/${page.count} 张）`,
    ...page.documents.flatMap((i) => {
      const doc = itemAt(content.documents, i);
      return [`${i + 1}. ${doc.name}${condition(doc)}`, `   合格标准：${doc.acceptable}`];
    }),
    `最后更新：${content.updated}`,
    `网址：${content.url}`,
    FINAL_SAY,
  ].join('\n');
}

/** Alt text of one poster on the page, where the list itself is right beside it. */
export function posterAlt(content: Pick<PosterContent, 'merchantType'>, page: Pick<PosterPage, 'number' | 'count'>): string {
  const part = page.count > 1 ? `（第 ${page.number} 张，共 ${page.count} 张）` : '';
  return `${content.merchantType}资料清单海报${part}：内容与本页清单相同，附本页二维码`;
}
