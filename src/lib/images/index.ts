/**
 * Images the site draws at build time for sharing: a link preview for the site and for the pages
 * reps send (section indexes, the troubleshooter, fee tools, channels, checklists), and printable
 * checklist posters whose QR code opens the checklist. Cards are laid out as elements (`preview`,
 * `poster`), drawn with Satori and resvg (`render`, `draw`), and kept between builds in a cache
 * keyed by what they show and the drawing code's fingerprint (`cache`, `fingerprint`); `site`
 * gives the routes what they serve. The integration in src/integrations/share-images.ts wires the
 * cache in.
 */
export { svgDataUrl } from './data-url';
export { posterPath, postersOf, previewImages, previewOf, previewPng, type Poster, type SharedImage } from './site';
