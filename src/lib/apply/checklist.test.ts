import { describe, expect, it } from 'vitest';
import { checklistText, documentLink } from './checklist';

const documents = [
  { id: 'business-licence', name: '营业执照', acceptable: '原件清晰，在有效期内。', required: true },
  { id: 'settlement-authorisation', name: '结算授权函', acceptable: '经营者签字。', required: false, when: '由他人收款时' },
  { id: 'other', name: '其他材料', acceptable: '按要求提供。', required: false },
];

describe('checklistText', () => {
  const text = checklistText({ merchantType: '个体工商户', documents, url: 'https://example.org/requirements/geti/' });

  it('numbers every document with its acceptance rule, one after another', () => {
    expect(text).toContain('1. 营业执照\n   要求：原件清晰，在有效期内。');
    expect(text.indexOf('1. 营业执照')).toBeLessThan(text.indexOf('2. 结算授权函'));
  });

  it('marks optional documents with when they are needed', () => {
    expect(text).toContain('2. 结算授权函（由他人收款时）');
    expect(text).toContain('3. 其他材料（视情况）');
  });

  it('names the merchant type first and ends with the page link', () => {
    const lines = text.split('\n');
    expect(lines[0]).toContain('个体工商户');
    expect(lines.at(-1)).toBe('每项资料的详细说明：https://example.org/requirements/geti/');
  });

  it('says the final list is what the review asks for, and has no markup', () => {
    expect(text).toContain('以拉卡拉审核时的要求为准');
    expect(text).not.toMatch(/[<>*#]/);
  });
});

describe('documentLink', () => {
  it('puts the document id in the fragment', () => {
    expect(documentLink('https://example.org/kb/requirements/qiye/', 'id-card')).toBe('https://example.org/kb/requirements/qiye/#id-card');
  });

  it('replaces a fragment already on the page URL', () => {
    expect(documentLink('https://example.org/requirements/qiye/#share', 'id-card')).toBe('https://example.org/requirements/qiye/#id-card');
  });
});
