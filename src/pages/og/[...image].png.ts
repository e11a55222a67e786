import type { APIRoute } from 'astro';
import { previewImages, previewPng } from '../../lib/images';

/** Link-preview images: `/og/default.png` for the whole site, `/og/<page>.png` for pages with their own. */
export async function getStaticPaths() {
  return (await previewImages()).map(({ image }) => ({ params: { image: image.slice('/og/'.length, -'.png'.length) } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(Buffer.from(await previewPng(`/og/${params.image}.png`)), { headers: { 'Content-Type': 'image/png' } });
