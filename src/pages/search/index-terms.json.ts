import type { APIRoute } from 'astro';
import { getSiteContent } from '../../lib/content';
import { buildManifest } from '../../lib/search';

/**
 * The aliases, synonyms and filters the search index adds to pages. Read and removed by the
 * Pagefind integration at the end of the build; it is never deployed.
 */
export const GET: APIRoute = async () => Response.json(buildManifest(await getSiteContent()));
