import type { Section } from '../../schemas/sections';

/**
 * Sections whose index and entry pages come from the generic `[section]` routes.
 * A section with pages of its own (e.g. `codes`, `channels`, `requirements`, `fees`) is left out here so no URL is built twice.
 */
export const GENERIC_SECTIONS = [
  'faq',
  'causes',
  'brands',
  'prevention',
  'glossary',
  'guides',
] as const satisfies readonly Section[];

export type GenericSection = (typeof GENERIC_SECTIONS)[number];
