import { describe, expect, it } from 'vitest';
import type { DiagnosisStep } from '../../schemas/diagnosis';
import { checkCodeRouting, codesIn, type CodeInfo, type RoutedEntry } from './code-routing';

const codes: CodeInfo[] = [
  { id: '61', fault: ['CH'], action: '请顾客换一张卡或联系发卡银行。', related: [] },
  { id: 'A0', fault: ['MT', 'NW'], action: '在终端上重新签到后再做交易。', related: [] },
];
const ids = new Set(codes.map((c) => c.id));
const cause = (over: Partial<RoutedEntry> = {}): RoutedEntry => ({
  ref: 'causes/amount-over-limit',
  file: 'content/causes/amount-over-limit.mdx',
  contact: ['acquirer'],
  related: [],
  data: { title: '超过商户限额' },
  body: '',
  ...over,
});
const none = { file: 'content/diagnosis/diagnosis.yaml', steps: [] as DiagnosisStep[] };

describe('codesIn', () => {
  it('finds codes in a line about codes, not amounts, dates or document numbers', () => {
    expect(codesIn('终端提示 61 或 A0 时', ids)).toEqual(['61', 'A0']);
    expect(codesIn('单笔封顶 61 元，2061 年', ids)).toEqual([]);
    expect(codesIn('应答码来自第 61 域', ids)).toEqual([]);
    expect(codesIn('一天刷了 61 笔', ids)).toEqual([]);
  });
});

describe('checkCodeRouting', () => {
  it('passes a cardholder code sent to the customer and the issuing bank', () => {
    const ok = cause({
      contact: ['acquirer', 'issuer'],
      related: [{ collection: 'codes', id: '61' }],
      body: '提示 61 时，请顾客换一张卡或联系发卡银行。',
    });
    expect(checkCodeRouting(codes, [ok], none)).toEqual([]);
  });

  it('refuses the 61/65 mistake: a cardholder code read as the merchant’s own limit', () => {
    const wrong = cause({ body: '终端提示过 61 也说明碰到了商户限额。', data: { checks: ['看有没有 61 之类的应答码'] } });
    expect(checkCodeRouting(codes, [wrong], none).map((p) => p.field)).toEqual(['checks', '正文']);
    const blamed = cause({ body: '提示 61 时，顾客的卡没问题，是你的商户限额到了。' });
    expect(checkCodeRouting(codes, [blamed], none)[0]?.message).toContain('商户自己的限额');
  });

  it('refuses a cause linked to a code whose fault party it does not send the merchant to', () => {
    const linked = cause({ related: [{ collection: 'codes', id: '61' }] });
    expect(checkCodeRouting(codes, [linked], none)).toContainEqual(
      expect.objectContaining({ field: 'related', message: expect.stringContaining('61') }),
    );
    const fromCode = checkCodeRouting([{ ...codes[0]!, related: [{ collection: 'causes', id: 'amount-over-limit' }] }], [cause()], none);
    expect(fromCode).toContainEqual(expect.objectContaining({ field: '61.related' }));
  });

  it('refuses a troubleshooter question that uses a cardholder code to reach a merchant-side ending', () => {
    const steps: DiagnosisStep[] = [
      {
        id: 'over-limit',
        kind: 'question',
        area: 'account',
        label: '超限额吗',
        question: '超过商户限额了吗？',
        hint: '终端提示过 61 也说明碰到了限额。',
        yes: 'end-over-limit',
        no: 'end-x',
        unsure: 'end-x',
      },
      {
        id: 'end-over-limit',
        kind: 'end',
        label: '超限',
        cause: 'amount-over-limit',
        summary: '超过了商户限额。',
        actions: ['调额'],
        contact: ['acquirer'],
      },
    ];
    expect(checkCodeRouting(codes, [], { file: none.file, steps })).toContainEqual(
      expect.objectContaining({ field: '步骤 over-limit 的 yes', message: expect.stringContaining('61') }),
    );
  });
});
