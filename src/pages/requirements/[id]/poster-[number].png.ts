import type { APIRoute } from 'astro';
import { entriesOf, type SectionEntry } from '../../../lib/content';
import { postersOf } from '../../../lib/images';

/** The checklist posters of each merchant type: `/requirements/<id>/poster-<n>.png`. */
export async function getStaticPaths() {
  const paths = [];
  for (const entry of await entriesOf('requirements')) {
    const posters = await postersOf(entry);
    paths.push(...posters.map((_, i) => ({ params: { id: entry.id, number: String(i + 1) }, props: { entry } })));
  }
  return paths;
}

export const GET: APIRoute<{ entry: SectionEntry<'requirements'> }> = async ({ params, props }) => {
  const posters = await postersOf(props.entry);
  const poster = posters[Number(params.number) - 1];
  if (!poster) throw new Error(`没有海报 ${params.id}/poster-${params.number}.png`);
  return new Response(Buffer.from(poster.png), { headers: { 'Content-Type': 'image/png' } });
};
