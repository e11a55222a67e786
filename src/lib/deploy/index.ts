/**
 * Where and how the site is deployed: the environment (`SITE_URL`, `BASE_PATH`, `CONTENT_DIR`)
 * read with errors that name the variable, config files parsed with errors that name the file and
 * the field, the filing numbers of a site hosted in mainland China (`SITE_ICP`, `SITE_PSB`), the
 * Content-Security-Policy and the other security headers, retired addresses and their redirects,
 * and offline reading. Free of Astro's runtime modules, so `astro.config.ts` and the scripts can
 * import it.
 */
export { absoluteUrl, DEFAULT_SITE_URL, DeployConfigError, deployFromEnv, normaliseBasePath, parseSiteUrl, type Deploy } from './env';
export { contentDir } from './content-dir';
export { ConfigError, parseConfig, type ConfigSource } from './config-file';
export { CSP_HEADER, CSP_META } from './csp';
export { headersFile, SECURITY_HEADERS, SITE_CSP } from './security-headers';
export { checkRedirectTargets, parseRedirects, readRedirects, redirectsFile, REDIRECTS_FILE } from './redirects';
export {
  FILING_DOMAINS,
  filingFromEnv,
  ICP_FILING_SITE,
  parseIcpNumber,
  parsePsbNumber,
  psbFilingUrl,
  PSB_FILING_SITE,
  type Filing,
} from './filing';
