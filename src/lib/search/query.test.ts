import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, isSingleHanCharacter, normalizeQuery, phraseKey, planQuery, queryWords } from './query';

describe('normalizeQuery', () => {
  it('turns full-width letters and digits into ASCII', () => {
    expect(normalizeQuery('Ａ０　５１')).toBe('A0 51');
  });
  it('drops quotes instead of asking for an exact phrase', () => {
    expect(normalizeQuery('"到账"')).toBe('到账');
    expect(normalizeQuery('“钱没到账”')).toBe('钱没到账');
  });
  it('drops direction marks, controls and unpaired surrogates', () => {
    expect(normalizeQuery('\u202e到账\u200f\u0000')).toBe('到账');
    expect(normalizeQuery('到\uD800账')).toBe('到 账');
    expect(normalizeQuery('\uDC00')).toBe('');
  });
  it('keeps emoji whole and bounds the length without splitting a character', () => {
    expect(normalizeQuery('💰没到账')).toBe('💰没到账');
    const long = normalizeQuery('😀'.repeat(2000));
    expect(Array.from(long)).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.endsWith('😀')).toBe(true);
  });
});

describe('queryWords', () => {
  it('keeps Latin and digit runs such as T+1, D0 and A0 whole', () => {
    expect(queryWords('T+1 节假日')).toContain('T+1');
    expect(queryWords('D0到账')).toContain('D0');
    expect(queryWords('应答码A0')).toContain('A0');
    expect(queryWords('12363')).toEqual(['12363']);
  });
  it('segments Chinese into words and drops degree words', () => {
    expect(queryWords('扣点太高')).toEqual(['扣点', '高']);
  });
});

describe('planQuery', () => {
  it('has no plan for empty or punctuation-only input', () => {
    expect(planQuery('')).toBeUndefined();
    expect(planQuery('  ？！…  ')).toBeUndefined();
  });
  it('searches the words that carry the topic, not the filler', () => {
    const plan = planQuery('冻结了怎么解冻');
    expect(plan?.text).toBe('冻结了怎么解冻');
    expect(plan?.words).toContain('冻结');
    expect(plan?.words).not.toContain('怎么');
    expect(plan?.words).not.toContain('了');
  });
  it('drops filler phrases the segmenter would split', () => {
    expect(planQuery('无法结算怎么办')?.words).not.toContain('办');
  });
  it('keeps codes whole and each word once', () => {
    expect(planQuery('A0')).toEqual({ text: 'A0', words: ['A0'], intent: [], phrase: 'a0' });
    expect(planQuery('冻结 冻结')?.words).toEqual(['冻结']);
  });
  it('keeps the question words apart: not searched, but they say what kind of answer is wanted', () => {
    expect(planQuery('跳码是什么意思')).toMatchObject({ words: ['跳', '码', '意思'], intent: ['什么'] });
    expect(planQuery('无法结算怎么办')).toMatchObject({ words: ['无法', '结算'], intent: ['怎么'] });
    expect(planQuery('冻结')?.intent).toEqual([]);
  });
  it('leaves nothing to search in a query of filler alone', () => {
    expect(planQuery('怎么办')).toEqual({ text: '怎么办', words: [], intent: [], phrase: '怎么 办' });
    expect(planQuery('吗')?.words).toEqual([]);
    expect(planQuery('怎么办呢？')?.words).toEqual([]);
  });
});

describe('phraseKey', () => {
  it('writes a query and an alias alike, whatever the width, case and spacing', () => {
    expect(phraseKey('办 POS 机要什么资料')).toBe(phraseKey('办ｐｏｓ机要什么资料'));
    expect(phraseKey('T+1 到账')).toBe('t+1 到 账');
    expect(phraseKey('扣点太高')).toBe('扣点 高');
  });
});

describe('isSingleHanCharacter', () => {
  it('recognises one Chinese character', () => {
    expect(isSingleHanCharacter('账')).toBe(true);
    expect(isSingleHanCharacter('到账')).toBe(false);
    expect(isSingleHanCharacter('A')).toBe(false);
  });
});
