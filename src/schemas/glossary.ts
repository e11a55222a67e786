import { z } from 'astro/zod';
import { entryBase } from './common';

/** A term: the title is the term itself; aliases are other spellings merchants use. */
export const glossarySchema = entryBase.extend({
  /** Words that mean the same to a merchant, used to widen search. */
  synonyms: z.array(z.string().min(1)).default([]),
});

export type GlossaryData = z.output<typeof glossarySchema>;
