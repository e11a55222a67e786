import { h, type ImageNode } from './element';
import { COLOURS, FONT_FAMILY } from './theme';

/** The size link previews are shown at in WeChat, Open Graph and Twitter cards. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Lines of title and subtitle the card has room for; longer text ends in an ellipsis. */
export const TITLE_LINES = 2;
export const SUBTITLE_LINES = 2;
export const TITLE_FONT_SIZE = 60;
export const TITLE_LINE_HEIGHT = 1.3;

export interface PreviewCard {
  /** The section the page belongs to, shown above the title; left out when it equals the title. */
  section?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  siteName: string;
  /** The independence note every image carries. */
  note: string;
}

const PADDING_X = 80;

export function previewElement(card: PreviewCard): ImageNode {
  const section = card.section && card.section !== card.title ? card.section : undefined;
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `56px ${PADDING_X}px 52px`,
      backgroundColor: COLOURS.paper,
      borderTop: `20px solid ${COLOURS.accent}`,
      fontFamily: FONT_FAMILY,
      color: COLOURS.ink,
    },
    h(
      'div',
      { display: 'flex', minHeight: 56 },
      section &&
        h(
          'div',
          {
            display: 'flex',
            padding: '6px 22px',
            borderRadius: 10,
            backgroundColor: COLOURS.accentSoft,
            color: COLOURS.accent,
            fontSize: 30,
            fontWeight: 700,
          },
          section,
        ),
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      h(
        'div',
        {
          display: 'block',
          fontSize: TITLE_FONT_SIZE,
          fontWeight: 700,
          lineHeight: TITLE_LINE_HEIGHT,
          lineClamp: TITLE_LINES,
          textWrap: 'pretty',
        },
        card.title,
      ),
      card.subtitle &&
        h(
          'div',
          { display: 'block', marginTop: 20, fontSize: 34, lineHeight: 1.5, color: COLOURS.inkSoft, lineClamp: SUBTITLE_LINES },
          card.subtitle,
        ),
    ),
    h(
      'div',
      { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', borderTop: `2px solid ${COLOURS.line}`, paddingTop: 20 },
      h('div', { fontSize: 34, fontWeight: 700, color: COLOURS.accent }, card.siteName),
      h('div', { fontSize: 24, color: COLOURS.inkSoft }, card.note),
    ),
  );
}
