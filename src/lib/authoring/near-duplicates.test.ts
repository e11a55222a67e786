import { describe, expect, it } from 'vitest';
import { brandEntry, faqEntry, feeEntry, glossaryEntry, preventionEntry } from '../content/test-entries';
import type { AnyEntry } from '../content/types';
import { nearDuplicates } from './near-duplicates';

const make = { faq: faqEntry, prevention: preventionEntry, brands: brandEntry, fees: feeEntry, glossary: glossaryEntry };
const e = (collection: keyof typeof make, id: string, title: string, description: string): AnyEntry =>
  make[collection](id, { title, description });

const others = [
  e('faq', 'a', '刷卡机连不上网怎么办？', '先查信号、流量卡和无线网络，再重启终端。'),
  e('prevention', 'b', '每天营业前先签到', '签到会更新终端的工作密钥，打开新的批次。'),
  e('brands', 'c', '看售后服务和响应速度', '机器坏了找谁、多快有人管，比优惠更重要。'),
];

describe('nearDuplicates', () => {
  it('names two entries in different collections that answer the same question', () => {
    const problems = nearDuplicates([
      ...others,
      e('faq', 'jump', '什么是跳码，怎么查有没有跳码？', '跳码指交易的商户类别和登记的不一致，可以用云闪付或拨打 95516 核查。'),
      e('fees', 'jump', '跳码怎么查：用云闪付或 95516 核实', '跳码是交易的商户类别和你登记的不一致，可在云闪付或拨打 95516 核实。'),
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/fees/jump.mdx', field: 'description', message: expect.stringContaining('faq/jump') }),
    );
  });

  it('leaves different questions, entries of one collection and a glossary term title alone', () => {
    expect(nearDuplicates(others)).toEqual([]);
    expect(nearDuplicates([...others, e('faq', 'x', '跳码怎么查', '说明甲。'), e('faq', 'y', '跳码怎么查', '说明乙。')])).toEqual([]);
    expect(
      nearDuplicates([
        ...others,
        e('glossary', 'jump-code', '跳码', '交易的商户类别和登记的不一致。'),
        e('fees', 'jump', '跳码', '先看签购单，再打客服电话问。'),
      ]),
    ).toEqual([]);
  });
});
