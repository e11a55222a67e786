import { describe, expect, it } from 'vitest';
import { groupByDay, updatesOf, type Update } from './updates';
import { codeEntry, faqEntry, siteOf } from './test-entries';

function update(title: string, day: string): Update {
  return { title, href: `/faq/${title}/`, description: '', sectionLabel: '常见问题', updated: new Date(`${day}T00:00:00Z`) };
}

describe('groupByDay', () => {
  it('puts the newest day first and groups entries of the same day', () => {
    const days = groupByDay([update('乙', '2026-10-01'), update('甲', '2026-11-25'), update('丙', '2026-10-01')]);
    expect(days.map((d) => d.day)).toEqual(['2026-11-25', '2026-10-01']);
    expect(days[1]?.items.map((u) => u.title)).toEqual(['丙', '乙'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('is empty for no updates', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('updatesOf', () => {
  it('takes entries of every collection, with links and dates, newest first', () => {
    const content = siteOf([
      faqEntry('a', { title: '问题甲', updated: new Date('2026-01-02') }),
      codeEntry('A0', { meaning: '校验错', action: '重新签到', updated: new Date('2026-03-04') }),
    ]);
    const updates = updatesOf(content);
    expect(updates.map((u) => [u.title, u.href])).toEqual([
      ['应答码 A0：校验错', '/codes/A0/'],
      ['问题甲', '/faq/a/'],
    ]);
  });
});
