import { describe, expect, it } from 'vitest';
import { groupEntries, groupLabel } from './grouping';

describe('grouping', () => {
  const faq = [
    { data: { category: 'fees', title: 'b' } },
    { data: { category: 'settlement', title: 'a' } },
    { data: { category: 'fees', title: 'c' } },
  ];

  it('groups in declared order with stable anchors and leaves out empty groups', () => {
    const groups = groupEntries('faq', faq);
    expect(groups.map((g) => [g.id, g.label, g.items.length])).toEqual([
      ['group-settlement', '结算与到账', 1],
      ['group-fees', '手续费与费率', 2],
    ]);
  });

  it('puts everything in one group for sections without categories', () => {
    expect(groupEntries('glossary', faq)).toEqual([{ id: 'group-all', label: '全部', items: faq }]);
  });

  it('labels an entry by its group', () => {
    expect(groupLabel('prevention', { area: 'security' })).toBe('安全');
    expect(groupLabel('guides', {})).toBeUndefined();
  });
});
