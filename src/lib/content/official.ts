/** Domains content may link to: official bodies and the public code sources the response codes cite. */
export const OFFICIAL_DOMAINS = [
  'www.lakala.com',
  'lakala.com',
  'www.pbc.gov.cn',
  'www.gov.cn',
  'www.ndrc.gov.cn',
  'www.pcac.org.cn',
  'cn.unionpay.com',
  'www.unionpay.com',
  'www.12363.org.cn',
  'github.com',
];

/** Phone numbers content may print: PBOC's consumer line, UnionPay's service line and the police anti-fraud line. */
export const OFFICIAL_PHONE_NUMBERS = ['12363', '95516', '96110'];
