import { describe, expect, it } from 'vitest';
import { CALCULATOR_FIELDS, checkVerdict, formFromQuery, queryFromForm, validateCalculator, validateCheck, validateCompare } from './forms';

describe('share links', () => {
  it('round-trip a form through the query string', () => {
    const form = { amount: '1,000.5', card: 'debit', rate: '0.5', cap: '', fixed: '', d0: '' };
    const query = queryFromForm(form, CALCULATOR_FIELDS);
    expect(query).toBe('?amount=1%2C000.5&card=debit&rate=0.5');
    expect(formFromQuery(query, CALCULATOR_FIELDS)).toEqual({ amount: '1,000.5', card: 'debit', rate: '0.5' });
  });
  it('ignores unknown keys and trims overlong values', () => {
    expect(formFromQuery(`?x=1&amount=${'9'.repeat(100)}`, CALCULATOR_FIELDS)).toEqual({ amount: '9'.repeat(40) });
  });
});

describe('validateCalculator', () => {
  it('computes the worked example', () => {
    const result = validateCalculator({ amount: '10000', card: 'debit', rate: '0.5', cap: '20' });
    expect(result.ok && result.value.fee).toMatchObject({ totalFen: 2000, netFen: 998_000, capped: true });
  });

  it('ties each bad field to its own message', () => {
    const result = validateCalculator({ amount: '-1', rate: '120', cap: 'abc', d0: '0.123456' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['amount', 'cap', 'd0', 'rate']);
      expect(Object.values(result.errors).join('')).not.toMatch(/NaN|undefined/);
    }
  });

  it('reports empty required fields', () => {
    const result = validateCalculator({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ amount: '请填写金额', rate: '请填写费率' });
  });

  it('refuses a fee larger than the amount', () => {
    const result = validateCalculator({ amount: '1', rate: '0.6', fixed: '5' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.amount).toContain('手续费比交易金额还多');
  });

  it('notes a cap written for a credit card and a suspiciously high rate', () => {
    const result = validateCalculator({ amount: '100', card: 'credit', rate: '6', cap: '20' });
    expect(result.ok && result.value.notes).toHaveLength(2);
  });
});

describe('validateCheck', () => {
  it('reads the implied rate and the difference from the contract', () => {
    const result = validateCheck({ amount: '1000', settled: '993.8', rate: '0.6' });
    expect(result.ok && result.value).toMatchObject({ implied: { feeFen: 620, rate: 6200 }, differenceFen: 20 });
  });
  it('works without contract terms', () => {
    const result = validateCheck({ amount: '1000', settled: '994' });
    expect(result.ok && result.value.expected).toBeUndefined();
  });
  it('catches a settled amount above the transaction amount', () => {
    const result = validateCheck({ amount: '100', settled: '200' });
    expect(!result.ok && result.errors.settled).toContain('到账金额比交易金额还多');
  });
  it('asks for the rate when only a cap is given', () => {
    const result = validateCheck({ amount: '100', settled: '99', cap: '20' });
    expect(!result.ok && result.errors.rate).toContain('合同费率');
  });
});

describe('validateCompare', () => {
  const volumes = { debitVolume: '50,000', debitCount: '100', creditVolume: '30000', creditCount: '200' };

  it('compares two offers', () => {
    const result = validateCompare({
      ...volumes,
      a_debitRate: '0.5',
      a_debitCap: '20',
      a_creditRate: '0.6',
      b_name: '乙',
      b_debitRate: '0.55',
      b_creditRate: '0.55',
      b_monthly: '30',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.keys).toEqual(['a', 'b']);
      expect(result.value.costs.map((c) => [c.name, c.totalFen])).toEqual([
        ['方案一', 43_000],
        ['乙', 47_000],
      ]);
    }
  });

  it('needs two offers and some volume', () => {
    const one = validateCompare({ ...volumes, a_debitRate: '0.5', a_creditRate: '0.6' });
    expect(!one.ok && one.errors.b_debitRate).toContain('两个方案');
    const none = validateCompare({ a_debitRate: '0.5', a_creditRate: '0.6', b_debitRate: '0.5', b_creditRate: '0.6' });
    expect(!none.ok && none.errors.debitVolume).toContain('至少填写');
  });

  it('needs a count wherever there is volume', () => {
    const result = validateCompare({
      debitVolume: '1000',
      a_debitRate: '0.5',
      a_creditRate: '0.6',
      b_debitRate: '0.5',
      b_creditRate: '0.6',
    });
    expect(!result.ok && result.errors.debitCount).toContain('笔数至少 1 笔');
  });

  it('reports a half-filled offer field by field', () => {
    const result = validateCompare({ ...volumes, a_debitRate: '0.5', a_creditRate: 'x', b_debitRate: '0.5', b_creditRate: '0.6' });
    expect(!result.ok && Object.keys(result.errors)).toEqual(['a_creditRate']);
  });
});

describe('checkVerdict', () => {
  const verdict = (form: Record<string, string>) => {
    const result = validateCheck(form);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return checkVerdict(result.value);
  };
  it('calls a difference of one fen a match', () => {
    expect(verdict({ amount: '1000', settled: '994', rate: '0.6' })).toBe('match');
    expect(verdict({ amount: '1000', settled: '993.99', rate: '0.6' })).toBe('match');
  });
  it('tells over from under', () => {
    expect(verdict({ amount: '1000', settled: '993.98', rate: '0.6' })).toBe('over');
    expect(verdict({ amount: '1000', settled: '995', rate: '0.6' })).toBe('under');
  });
  it('says when there is no contract to compare with', () => {
    expect(verdict({ amount: '1000', settled: '994' })).toBe('no-contract');
  });
  it('applies the cap when judging', () => {
    expect(verdict({ amount: '10000', settled: '9980', rate: '0.5', cap: '20' })).toBe('match');
    expect(verdict({ amount: '10000', settled: '9950', rate: '0.5', cap: '20' })).toBe('over');
  });
});
