import { describe, expect, it } from 'vitest';
import { isQuoted, lintBody, lintDates, lintText } from './lint';

const messages = (text: string) => lintText(text, 1, '正文').map((f) => f.message);

describe('lintText', () => {
  it.each([
    ['身份F证', '身份证'],
    ['刷ka卡', '刷卡'],
    ['积芬', '积分'],
    ['炸骗', '诈骗'],
    ['信xi息', '信息'],
  ])('flags the obfuscated spelling %s and suggests %s', (wrong, right) => {
    const [finding] = lintText(`请带好${wrong}。`, 1, '正文');
    expect(finding?.message).toContain(wrong);
    expect(finding?.fix).toContain(right);
  });

  it('passes correct spellings', () => {
    expect(lintText('请带好身份证，刷卡时注意保护个人信息，谨防诈骗，积分活动看清规则。', 1, '正文')).toEqual([]);
  });

  it('flags risky promises but not quoted warnings about them', () => {
    expect(messages('我们保证到账，零费率！')).toHaveLength(2);
    expect(messages('凡是声称“保证到账”“零费率”的推销都要提防。')).toEqual([]);
  });

  it('flags phone numbers that are not official and keeps the official ones', () => {
    expect(messages('有问题请拨打 13812345678。')).toEqual([expect.stringContaining('13812345678')]);
    expect(messages('请致电 400-123-4567。')).toHaveLength(1);
    expect(messages('可以拨打 12363 投诉，或拨打银联 95516 查询。')).toEqual([]);
    expect(messages('客服电话 10086 不对。')).toHaveLength(1);
  });

  it('leaves amounts and years alone', () => {
    expect(messages('单笔 10000 元，2016 年起执行，年累计 200000 元。')).toEqual([]);
  });

  it('flags links to unofficial domains', () => {
    expect(messages('官网是 https://www.lakala.com/ 。')).toEqual([]);
    expect(messages('见 https://lakala-pos-apply.cn/ 。')).toEqual([expect.stringContaining('lakala-pos-apply.cn')]);
  });

  it('reports the line of each finding', () => {
    expect(lintText('第一行\n第二行 炸骗\n', 10, '正文')[0]?.line).toBe(11);
  });
});

describe('isQuoted', () => {
  it('knows when an offset is inside quotes on its line', () => {
    const text = '他说“零费率”，然后零费率';
    expect(isQuoted(text, text.indexOf('零'))).toBe(true);
    expect(isQuoted(text, text.lastIndexOf('零'))).toBe(false);
  });
});

describe('lintBody', () => {
  it('flags images without alt text', () => {
    expect(lintBody('![](a.png)\n<img src="b.png">\n![门头照](c.png)\n<img alt="收银台" src="d.png">', 5).map((f) => f.line)).toEqual([
      5, 6,
    ]);
  });

  it('flags skipped heading levels and a level-one heading', () => {
    const findings = lintBody('## 一\n#### 三\n# 标题\n', 1);
    expect(findings.map((f) => f.line)).toEqual([2, 3]);
  });

  it('ignores headings inside code fences', () => {
    expect(lintBody('## 一\n```\n#### 不是标题\n```\n### 二\n', 1)).toEqual([]);
  });
});

describe('lintDates', () => {
  it('flags dates that do not exist and passes real ones', () => {
    expect(lintDates('updated: 2026-02-30\nreviewBy: 2027-01-15\n').map((f) => [f.field, f.line])).toEqual([['updated', 2]]);
    expect(lintDates("updated: '2026-13-01'").map((f) => f.field)).toEqual(['updated']);
  });
});
