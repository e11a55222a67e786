import { describe, expect, it } from 'vitest';
import { matchCodes, normalizeCode } from './codes';

const codes = [
  { code: '05', text: '不予承兑 持卡人身份认证失败' },
  { code: '51', text: '余额不足' },
  { code: '55', text: '密码错误' },
  { code: 'A0', text: 'MAC 校验错，请重新签到' },
  { code: '99', text: '密码格式错，请重新签到' },
];

describe('normalizeCode', () => {
  it('reads codes the way merchants type them', () => {
    expect(normalizeCode(' a0 ')).toBe('A0');
    expect(normalizeCode('ａ０')).toBe('A0');
    expect(normalizeCode('５１')).toBe('51');
  });

  it('keeps a tampered value short', () => {
    expect(normalizeCode('x'.repeat(1000))).toHaveLength(20);
  });
});

describe('matchCodes', () => {
  it('puts the exact code first', () => {
    expect(matchCodes('51', codes).map((c) => c.code)).toEqual(['51']);
    expect(matchCodes('a0', codes).map((c) => c.code)).toEqual(['A0']);
  });

  it('offers codes that start with what was typed', () => {
    expect(matchCodes('5', codes).map((c) => c.code)).toEqual(['51', '55']);
  });

  it('finds codes by words of their meaning', () => {
    expect(matchCodes('重新签到', codes).map((c) => c.code)).toEqual(['A0', '99']);
    expect(matchCodes('余额', codes).map((c) => c.code)).toEqual(['51']);
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(matchCodes('  ', codes)).toEqual([]);
    expect(matchCodes('ZZ', codes)).toEqual([]);
  });
});
