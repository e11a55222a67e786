import { describe, expect, it } from 'vitest';
import { englishWords, lintEntry, sentenceCount } from './editorial';

const entry = (over: Partial<Parameters<typeof lintEntry>[0]> = {}) =>
  lintEntry({
    section: 'faq',
    data: { title: '钱没到账怎么办？', description: '先核对日期。', sources: [{ title: '中国人民银行《银行卡收单业务管理办法》' }] },
    frontMatter: 'title: 钱没到账怎么办？\nsources:\n  - title: 中国人民银行《银行卡收单业务管理办法》',
    body: '先核对日期。再查结算卡。',
    bodyLine: 6,
    ...over,
  });

describe('lintEntry', () => {
  it('passes a sourced entry of more than one sentence', () => {
    expect(entry()).toEqual([]);
  });

  it('refuses the placeholder source and names its line', () => {
    const [finding] = entry({
      data: { sources: [{ title: '行业常见情况（多方公开资料，仅作一般参考）' }] },
      frontMatter: 'title: 标题\nsources:\n  - title: 行业常见情况（多方公开资料，仅作一般参考）',
    });
    expect(finding).toMatchObject({ field: 'sources[0].title', line: 4, message: expect.stringContaining('不是可以查证的来源') });
  });

  it('allows no sources only when the text says it is general practice', () => {
    const bare = { data: { sources: [] }, frontMatter: 'title: 标题\nsources: []' };
    expect(entry(bare).map((f) => f.field)).toEqual(['sources']);
    expect(entry({ ...bare, body: '一般情况下，T+1 是下一个工作日到账。具体以合同为准。' })).toEqual([]);
  });

  it('refuses English words on the page but keeps abbreviations, web addresses and link targets', () => {
    expect(
      entry({ data: { title: '个体工商户', note: 'Individual business (getihu)', sources: [{ title: '来源' }] } }).map((f) => f.message),
    ).toEqual([expect.stringContaining('Individual'), expect.stringContaining('business'), expect.stringContaining('getihu')]);
    expect(englishWords('POS 机连不上 Wi-Fi 时看 SIM 卡，见 [官网](https://www.lakala.com/) 或 www.lakala.com 的 App。')).toEqual([]);
  });

  it('refuses a one-sentence body', () => {
    expect(entry({ body: '费率悄悄变化，都要靠定期核算才能发现。' }).map((f) => f.message)).toEqual([
      expect.stringContaining('只有一句话'),
    ]);
    expect(sentenceCount('## 标题\n\n- 第一步做这个\n- 第二步做那个')).toBe(2);
  });

  it('asks a glossary term to link the entry that answers the question', () => {
    const body = '跳码指商户类别不一致。例如小票上的店名不是你的。';
    expect(entry({ section: 'glossary', body }).map((f) => f.message)).toEqual([expect.stringContaining('没有链接')]);
    expect(entry({ section: 'glossary', body: `${body}详见[跳码怎么查](../../fees/jump-code-check/)。` })).toEqual([]);
  });

  it('asks a prevention tip to say why and what goes wrong without it', () => {
    expect(entry({ section: 'prevention' }).map((f) => f.message)).toEqual([
      expect.stringContaining('为什么要这样做'),
      expect.stringContaining('不做会怎样'),
    ]);
    expect(entry({ section: 'prevention', body: '## 为什么要这样做\n\n签到更新密钥。\n\n## 不做会怎样\n\n交易会被拒绝。' })).toEqual([]);
  });
});
