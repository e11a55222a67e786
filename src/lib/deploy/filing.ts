import { DeployConfigError } from './env';

/**
 * The filing numbers a site served from mainland China shows at the foot of every page, read
 * from the environment (SITE_ICP, SITE_PSB) by astro.config.ts and src/site.config.ts.
 */

/** The MIIT filing system, where anyone can look an ICP filing number up. */
export const ICP_FILING_SITE = 'https://beian.miit.gov.cn/';

/**
 * The Ministry of Public Security's filing portal, and its public query for one filing: the
 * link the portal gives filed sites for their footer, with the number's 14 digits as `code`.
 */
export const PSB_FILING_SITE = 'https://beian.mps.gov.cn/';
export function psbFilingUrl(code: string): string {
  return `${PSB_FILING_SITE}#/query/webSearch?code=${code}`;
}

/** Hosts the footer links to: allowed external links besides the official sources content cites. */
export const FILING_DOMAINS = [new URL(ICP_FILING_SITE).hostname, new URL(PSB_FILING_SITE).hostname];

/** The one-character abbreviations provinces use in filing numbers (both forms where there are two). */
const PROVINCE = '[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新]';
const ICP_NUMBER = new RegExp(`^${PROVINCE}ICP备\\d{5,12}号(?:-\\d{1,3})?$`);
const PSB_NUMBER = new RegExp(`^(${PROVINCE})公网安备\\s*(\\d{14})号$`);

export interface Filing {
  /** `京ICP备12345678号-1` */
  icp?: string | undefined;
  /** `京公网安备11010502030143号`, and the 14 digits its query link needs. */
  psb?: { number: string; code: string } | undefined;
}

/** `京ICP备12345678号`, with an optional `-1` site suffix; undefined when unset or blank. */
export function parseIcpNumber(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  if (!ICP_NUMBER.test(value)) {
    throw new DeployConfigError(
      `SITE_ICP "${value}" 不是有效的 ICP 备案号：应写成 京ICP备12345678号 或 京ICP备12345678号-1 这样，省份简称开头、“号”结尾`,
    );
  }
  return value;
}

/** `京公网安备11010502030143号` (a space before the digits is allowed); undefined when unset or blank. */
export function parsePsbNumber(raw: string | undefined): Filing['psb'] {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  const match = PSB_NUMBER.exec(value);
  if (!match) {
    throw new DeployConfigError(
      `SITE_PSB "${value}" 不是有效的公安备案号：应写成 京公网安备11010502030143号 这样，省份简称、“公网安备”、14 位数字、“号”`,
    );
  }
  const [, province = '', digits = ''] = match;
  return { number: `${province}公网安备${digits}号`, code: digits };
}

export function filingFromEnv(env: Record<string, string | undefined>): Filing {
  return { icp: parseIcpNumber(env.SITE_ICP), psb: parsePsbNumber(env.SITE_PSB) };
}
