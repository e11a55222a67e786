import { describe, expect, it } from 'vitest';
import { validateCalculator, validateCompare } from './forms';
import { CALCULATOR_EXAMPLES, COMPARE_EXAMPLE, describeCompareInput } from './worked-examples';

describe('worked examples', () => {
  it('every example computes', () => {
    expect(validateCompare(COMPARE_EXAMPLE).ok).toBe(true);
    for (const example of CALCULATOR_EXAMPLES) expect(validateCalculator(example.input).ok).toBe(true);
  });

  it('writes the comparison’s setup from its input', () => {
    expect(describeCompareInput(COMPARE_EXAMPLE)).toBe(
      '假设一家店每月借记卡 60,000 元、300 笔，信用卡 40,000 元、150 笔。' +
        '甲方案：借记卡 0.5%、封顶 20 元、信用卡 0.6%。' +
        '乙方案：借记卡 0.45%、信用卡 0.55%，另外每笔加收 0.20 元，每月还有 30 元固定费用。' +
        '（方案条件为演示而假设，不是任何机构的报价。）',
    );
  });

  it('follows a changed number', () => {
    expect(describeCompareInput({ ...COMPARE_EXAMPLE, b_monthly: '45' })).toContain('每月还有 45 元固定费用');
    expect(describeCompareInput({ ...COMPARE_EXAMPLE, b_fixed: '' })).not.toContain('每笔加收');
  });
});
