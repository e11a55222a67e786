import type { BrowserContextOptions } from 'playwright-core';
import { DESKTOP, PHONE } from './browser';

/** The viewports every page is checked in. */
export const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: DESKTOP },
  { name: 'phone', options: PHONE },
];

export const COLOR_SCHEMES = ['light', 'dark'] as const;
