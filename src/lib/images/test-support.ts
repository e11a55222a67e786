import { resolve } from 'node:path';

/** The project root, where the font package is installed (for the drawing tests). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
