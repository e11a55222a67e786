import { describe, expect, it } from 'vitest';
import {
  applyRate,
  formatRate,
  formatYuan,
  normaliseNumberText,
  parseCount,
  parseRatePercent,
  parseYuan,
  rateInputText,
  yuanInputText,
} from './money';

const value = <T>(p: { ok: true; value: T } | { ok: false; error: string }) => (p.ok ? p.value : p.error);

describe('parseYuan', () => {
  it.each([
    ['10000', 1_000_000],
    ['1,000.5', 100_050],
    ['1,234,567.89', 123_456_789],
    ['０.０１', 1],
    ['１，０００．５', 100_050],
    ['¥88', 8800],
    ['￥ 88 元', 8800],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    [' 12 ', 1200],
  ])('reads %j as %i fen', (input, fen) => {
    expect(parseYuan(input)).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['', '请填写金额'],
    ['   ', '请填写金额'],
    ['abc', '请输入数字'],
    ['1e5', '请输入数字'],
    ['NaN', '请输入数字'],
    ['Infinity', '请输入数字'],
    ['1.2.3', '请输入数字'],
    ['-5', '负数'],
    ['－5', '负数'],
    ['1.234', '小数点后最多两位'],
    ['10,00', '千位分隔符'],
    ['0', '大于 0'],
    ['100000000.01', '金额太大'],
    ['99999999999999999999', '金额太大'],
  ])('rejects %j with a message', (input, message) => {
    const parsed = parseYuan(input);
    expect(parsed.ok).toBe(false);
    expect(value(parsed)).toContain(message);
  });

  it('accepts 0 where a zero amount makes sense, and the largest amount', () => {
    expect(parseYuan('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseYuan('100,000,000')).toEqual({ ok: true, value: 10_000_000_000 });
  });
});

describe('parseRatePercent', () => {
  it.each([
    ['0.6', 6000],
    ['0.6%', 6000],
    ['０．６％', 6000],
    ['0.0325', 325],
    ['100', 1_000_000],
    ['0', 0],
  ])('reads %j as %i millionths', (input, rate) => {
    expect(parseRatePercent(input)).toEqual({ ok: true, value: rate });
  });

  it.each([
    ['', '请填写费率'],
    ['六', '请输入数字，例如 0.6'],
    ['100.01', '不能超过 100%'],
    ['1000', '不能超过 100%'],
    ['0.00001', '小数点后 4 位'],
    ['-0.6', '负数'],
  ])('rejects %j', (input, message) => {
    expect(value(parseRatePercent(input))).toContain(message);
  });
});

describe('parseCount', () => {
  it('reads whole counts, with separators and full-width digits', () => {
    expect(parseCount('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('３００笔')).toEqual({ ok: true, value: 300 });
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
  });
  it('rejects fractions, negatives and huge counts', () => {
    expect(value(parseCount('1.5'))).toContain('整数');
    expect(value(parseCount('-1'))).toContain('负数');
    expect(value(parseCount('99999999999'))).toContain('太大');
  });
});

describe('applyRate: amount × rate, rounded to the fen, halves up', () => {
  it('computes exact products', () => {
    expect(applyRate(1_000_000, 5000)).toBe(5000); // 10,000 元 × 0.5% = 50 元
    expect(applyRate(10_000, 6000)).toBe(60); // 100 元 × 0.6% = 0.60 元
  });
  it('rounds half a fen up and less than half down', () => {
    expect(applyRate(250, 6000)).toBe(2); // 2.50 元 × 0.6% = 1.5 分 → 2 分
    expect(applyRate(249, 6000)).toBe(1); // 1.494 分 → 1 分
    expect(applyRate(8333, 6000)).toBe(50); // 49.998 分 → 50 分
    expect(applyRate(1, 5000)).toBe(0); // 0.005 分 → 0
  });
  it('stays exact at the largest amount and rate', () => {
    expect(applyRate(10_000_000_000, 1_000_000)).toBe(10_000_000_000);
    expect(applyRate(10_000_000_000, 3333)).toBe(33_330_000);
  });
});

describe('formatting', () => {
  it('formats fen as yuan with separators', () => {
    expect(formatYuan(100_050)).toBe('1,000.50');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-150)).toBe('-1.50');
  });
  it('formats rates without trailing zeros', () => {
    expect(formatRate(6000)).toBe('0.6%');
    expect(formatRate(325)).toBe('0.0325%');
    expect(formatRate(1_000_000)).toBe('100%');
    expect(formatRate(0)).toBe('0%');
  });
  it('writes input text that parses back to the same value', () => {
    for (const fen of [0, 1, 10, 100_050, 123_456_789])
      expect(parseYuan(yuanInputText(fen), { allowZero: true })).toEqual({ ok: true, value: fen });
    for (const rate of [0, 325, 6000, 1_000_000]) expect(parseRatePercent(rateInputText(rate))).toEqual({ ok: true, value: rate });
  });
  it('normalises full-width text', () => {
    expect(normaliseNumberText('１２３，４５６．７８％')).toBe('123,456.78%');
  });
});
