import { resolve } from 'node:path';

/** The project root, where the font package is installed (for the drawing tests). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** Drawing and decoding a poster takes about 2 s on an idle 2-core machine; allow for a busy one. */
export const DRAWING_TIMEOUT_MS = 60_000;
