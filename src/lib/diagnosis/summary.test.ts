import { describe, expect, it } from 'vitest';
import { buildSupportSummary, cleanField, SUPPORT_FIELDS } from './summary';

const context = { result: '可能的原因：网络问题', url: 'https://pos-help.example.org/troubleshoot/end-network/' };

describe('buildSupportSummary', () => {
  it('lists every field in order, marking the empty ones', () => {
    const text = buildSupportSummary({ serial: 'N86012345', amount: '1280.00' }, context);
    expect(text.split('\n')).toEqual([
      '【POS 结算问题】',
      '终端序列号：N86012345',
      '商户编号：（未填写）',
      '交易时间：（未填写）',
      '金额：1280.00',
      '屏幕提示：（未填写）',
      '自查结果：可能的原因：网络问题',
      '排查页面：https://pos-help.example.org/troubleshoot/end-network/',
    ]);
  });

  it('keeps markup as plain characters and a field on one line', () => {
    const text = buildSupportSummary({ message: '<img src=x onerror=alert(1)>\n第二行' }, context);
    expect(text).toContain('屏幕提示：<img src=x onerror=alert(1)> 第二行');
    expect(text.split('\n')).toHaveLength(8);
  });

  it('cuts each field to its limit', () => {
    const text = buildSupportSummary({ merchant: '1'.repeat(500) }, context);
    expect(text).toContain(`商户编号：${'1'.repeat(SUPPORT_FIELDS.merchant.max)}\n`);
  });
});

describe('cleanField', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(cleanField('😀😀😀', 2)).toBe('😀😀');
    expect(cleanField('  a\tb  ', 10)).toBe('a b');
  });
});
