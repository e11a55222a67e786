/**
 * Colours and type of every drawn image: the site's own palette (src/styles/global.css, light
 * scheme), so posters and previews look like the site and nothing like Lakala's brand.
 */
export const COLOURS = {
  paper: '#ffffff',
  paperSoft: '#f4f6f8',
  ink: '#1a1f24',
  inkSoft: '#4a5560',
  line: '#d5dbe1',
  accent: '#0b5cad',
  accentSoft: '#e6f0fa',
} as const;

/** The one typeface drawn into images; its files come from npm (see fonts.ts). */
export const FONT_FAMILY = 'Noto Sans SC';
