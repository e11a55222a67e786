import { describe, expect, it } from 'vitest';
import { FILING_DOMAINS, filingFromEnv, parseIcpNumber, parsePsbNumber, psbFilingUrl } from './filing';

describe('parseIcpNumber', () => {
  it.each([undefined, '', '  '])('is absent for %j', (raw) => {
    expect(parseIcpNumber(raw)).toBeUndefined();
  });

  it.each(['京ICP备12345678号', '京ICP备12345678号-1', ' 粤ICP备2023012345号-12 ', '蜀ICP备2026033844号-1', '沪ICP备05012345号'])(
    'accepts %j',
    (raw) => {
      expect(parseIcpNumber(raw)).toBe(raw.trim());
    },
  );

  it.each([
    'ICP备12345678号',
    '京ICP备12345678',
    '京ICP证030173号',
    '京icp备12345678号',
    'XICP备12345678号',
    '京ICP备12345678号-',
    '京ICP备12345678号 1',
    '12345678',
  ])('rejects %j, naming SITE_ICP and the expected form', (raw) => {
    expect(() => parseIcpNumber(raw)).toThrow(/^SITE_ICP ".*" 不是有效的 ICP 备案号：应写成 京ICP备12345678号/);
  });
});

describe('parsePsbNumber', () => {
  it('is absent when unset', () => {
    expect(parsePsbNumber(undefined)).toBeUndefined();
    expect(parsePsbNumber(' ')).toBeUndefined();
  });

  it.each(['京公网安备11010502030143号', '京公网安备 11010502030143号'])('accepts %j and keeps the digits for the query link', (raw) => {
    expect(parsePsbNumber(raw)).toEqual({ number: '京公网安备11010502030143号', code: '11010502030143' });
  });

  it.each(['京公网安备1101050203014号', '公网安备11010502030143号', '京公网安备11010502030143', '京ICP备12345678号'])(
    'rejects %j, naming SITE_PSB',
    (raw) => {
      expect(() => parsePsbNumber(raw)).toThrow(/^SITE_PSB ".*" 不是有效的公安备案号/);
    },
  );
});

describe('filingFromEnv', () => {
  it('reads both variables', () => {
    expect(filingFromEnv({ SITE_ICP: '京ICP备12345678号-1', SITE_PSB: '京公网安备11010502030143号' })).toEqual({
      icp: '京ICP备12345678号-1',
      psb: { number: '京公网安备11010502030143号', code: '11010502030143' },
    });
    expect(filingFromEnv({})).toEqual({ icp: undefined, psb: undefined });
  });

  it('links the public-security number to its public query on the ministry’s portal', () => {
    expect(psbFilingUrl('11010502030143')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143');
    expect(FILING_DOMAINS).toEqual(['beian.miit.gov.cn', 'beian.mps.gov.cn']);
  });
});
