/**
 * Where the site is deployed, read from the environment by astro.config.ts.
 * Kept free of Astro imports so the config and the unit tests can both use it.
 */

export const DEFAULT_SITE_URL = 'https://pos-help.example.org';

export class DeployConfigError extends Error {
  override name = 'DeployConfigError';
}

/**
 * `kb`, `/kb`, `/kb/` and `//kb//` all become `/kb/`; empty or `/` become `/`.
 * Astro's own base option and the site's links both expect this one form.
 */
export function normaliseBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.includes('?') || value.includes('#')) {
    throw new DeployConfigError(`BASE_PATH "${value}" 应是网站下的路径，例如 /kb，而不是完整网址或带 ? # 的地址`);
  }
  const segments = value.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) {
    throw new DeployConfigError(`BASE_PATH "${value}" 不能包含 . 或 .. 路径段`);
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/**
 * The public origin (`https://help.example.com`). Only http(s) origins without a path are
 * accepted: a path belongs in BASE_PATH, and a typo here would put wrong canonical URLs,
 * sitemap entries and feed links on every page.
 */
export function parseSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DeployConfigError(`SITE_URL "${value}" 不是有效的网址：应写成 https://help.example.com 这样的完整地址`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeployConfigError(`SITE_URL "${value}" 必须以 https:// 或 http:// 开头`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new DeployConfigError(
      `SITE_URL "${value}" 只能是站点的源地址（协议 + 域名），例如 https://help.example.com；子路径请写在 BASE_PATH 里`,
    );
  }
  return url.origin;
}

export interface Deploy {
  /** `https://help.example.com` */
  site: string;
  /** `/` or `/kb/` */
  base: string;
}

export function deployFromEnv(env: Record<string, string | undefined>): Deploy {
  return { site: parseSiteUrl(env.SITE_URL), base: normaliseBasePath(env.BASE_PATH) };
}

/** The absolute URL of a site path that already carries the base (`/kb/faq/`). */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}
