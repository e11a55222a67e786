/** Provided by src/integrations/share-images.ts. */
declare module 'virtual:site-images' {
  export const imageConfig: {
    /** Where drawn images are kept between builds. */
    cacheDir: string;
    /** The project root, to resolve the font package from. */
    projectRoot: string;
    /** A hash of the drawing code and libraries, part of every cache key. */
    fingerprint: string;
  };
}
