import { z } from 'astro/zod';

/** A site path without the base path, with a trailing slash: `/causes/holiday-t1/`. Codes keep their case (`/codes/A0/`). */
const SITE_PATH = /^\/(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\/)*$/;

const sitePath = (field: string) =>
  z.string({ error: `缺少 ${field}` }).regex(SITE_PATH, {
    error: `${field} 应是站内路径，以 / 开头和结尾、不含域名和基础路径，例如 /causes/holiday-t1/`,
  });

/** One retired URL and the page that answers for it now. */
export const redirectSchema = z.strictObject({
  from: sitePath('from'),
  to: sitePath('to'),
  /** Why the page moved, for the people who maintain the list. */
  note: z.string().optional(),
});

export type Redirect = z.output<typeof redirectSchema>;
