import { describe, expect, it } from 'vitest';
import { groupEntries, groupKey, groupLabel } from './grouping';
import { faqEntry, glossaryEntry } from './test-entries';

describe('grouping', () => {
  const faq = [faqEntry('b', { category: 'fees' }), faqEntry('a', { category: 'settlement' }), faqEntry('c', { category: 'fees' })];

  it('groups in declared order with stable anchors and leaves out empty groups', () => {
    const groups = groupEntries('faq', faq, groupKey);
    expect(groups.map((g) => [g.id, g.label, g.items.map((e) => e.id)])).toEqual([
      ['group-settlement', '结算与到账', ['a']],
      ['group-fees', '手续费与费率', ['b', 'c']],
    ]);
  });

  it('puts everything in one group for sections without categories', () => {
    expect(groupEntries('glossary', faq, groupKey)).toEqual([{ id: 'group-all', label: '全部', items: faq }]);
  });

  it('labels an entry by its group', () => {
    expect(groupLabel(faqEntry('x', { category: 'security' }))).toBe('安全与防骗');
    expect(groupLabel(glossaryEntry('t'))).toBeUndefined();
  });
});
