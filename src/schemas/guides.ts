import { entryBase } from './common';

export const guideSchema = entryBase;
