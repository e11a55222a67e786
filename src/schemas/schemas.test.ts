import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { brandSchema } from './brands';
import { channelSchema } from './channels';
import { codeSchema } from './codes';
import { entryRef } from './common';
import { faqSchema } from './faq';
import { feeSchema } from './fees';
import { glossarySchema } from './glossary';
import { guideSchema } from './guides';
import { preventionSchema } from './prevention';
import { requirementSchema } from './requirements';
import { causeSchema } from './causes';
import { siteConfigSchema } from './site';

const base = {
  title: '拉卡拉 POS 机无法结算怎么办',
  description: '刷卡成功但钱没有按时到账时，先看这里。',
  updated: '2026-11-25',
  sources: [{ title: '中国人民银行《银行卡收单业务管理办法》' }],
  related: ['faq/money-not-arrived'],
};

/** A valid entry for each schema; each test breaks one field of it. */
const GOOD: Record<string, [z.ZodType, Record<string, unknown>]> = {
  faq: [faqSchema, { ...base, answer: '先确认结算方式是 T+1 还是 D0。', category: 'settlement' }],
  causes: [
    causeSchema,
    { ...base, area: 'network', symptoms: ['终端提示连接失败'], checks: ['看信号格'], fixes: ['换个位置'], contact: ['acquirer'] },
  ],
  channels: [
    channelSchema,
    {
      ...base,
      order: 1,
      steps: ['提交资料'],
      duration: '一般几个工作日',
      pros: ['官方'],
      cons: ['要自己拍照'],
      suits: '所有商户',
      merchantTypes: ['geti'],
    },
  ],
  requirements: [
    requirementSchema,
    {
      ...base,
      merchantType: '个体工商户',
      order: 1,
      channels: ['official-website'],
      documents: [{ id: 'id-card', name: '身份证', why: '实名制要求', acceptable: '清晰、有效期内', mistake: '过期' }],
    },
  ],
  fees: [
    feeSchema,
    {
      ...base,
      topic: 'regulation',
      rules: [
        {
          id: 'issuer-debit',
          part: 'issuer',
          cardType: 'debit',
          maxRatePercent: 0.35,
          capYuan: 13,
          effective: '2016-09-06',
          source: { title: '通知' },
        },
      ],
    },
  ],
  brands: [brandSchema, { ...base, kind: 'criterion', howToCheck: ['查牌照'], redFlags: ['收激活费'] }],
  prevention: [preventionSchema, { ...base, area: 'device', frequency: 'daily', steps: ['开机自检'] }],
  glossary: [glossarySchema, { ...base, synonyms: ['到账'] }],
  guides: [guideSchema, base],
};

function issuesOf(schema: z.ZodType, data: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe.each(Object.entries(GOOD))('%s schema', (_name, [schema, good]) => {
  it('accepts a good entry', () => {
    expect(issuesOf(schema, good)).toEqual([]);
  });

  it('turns dates into Date objects and related into references', () => {
    const parsed = schema.parse(good) as { updated: Date; related: unknown[] };
    expect(parsed.updated).toBeInstanceOf(Date);
    expect(parsed.related).toEqual([{ collection: 'faq', id: 'money-not-arrived' }]);
  });

  it.each([
    ['missing title', { title: undefined }, 'title'],
    ['title of the wrong type', { title: 42 }, 'title'],
    ['missing description', { description: undefined }, 'description'],
    ['a date that is not a date', { updated: '25/11/2026' }, 'updated'],
    ['no sources field', { sources: undefined }, 'sources'],
    ['a source without a title', { sources: [{ url: 'https://www.lakala.com/' }] }, 'sources.0.title'],
    ['a source with a bad url', { sources: [{ title: '来源', url: 'lakala' }] }, 'sources.0.url'],
    ['a malformed related entry', { related: ['money-not-arrived'] }, 'related.0'],
    ['an unknown collection in related', { related: ['blog/x'] }, 'related.0'],
    ['an unknown field (a typo)', { titel: '错字' }, ''],
  ])('rejects %s, naming the field', (_case, change, field) => {
    const issues = issuesOf(schema, { ...good, ...change });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.path)).toContain(field);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
  });
});

describe('collection-specific fields', () => {
  it.each([
    ['faq', { category: 'refunds' }, 'category', /category/],
    ['faq', { answer: undefined }, 'answer', /answer/],
    ['causes', { area: 'printer' }, 'area', /area/],
    ['causes', { checks: [] }, 'checks', /checks/],
    ['causes', { contact: ['police'] }, 'contact.0', /contact/],
    ['channels', { merchantTypes: ['个体'] }, 'merchantTypes.0', /小写英文/],
    [
      'requirements',
      { documents: [{ id: 'ID Card', name: '身份证', why: '实名制要求', acceptable: '清晰', mistake: '过期了' }] },
      'documents.0.id',
      /小写英文/,
    ],
    ['fees', { topic: 'tax' }, 'topic', /topic/],
    ['brands', { kind: 'ad' }, 'kind', /kind/],
    ['prevention', { frequency: 'hourly' }, 'frequency', /frequency/],
  ])('%s rejects %o naming %s', (name, change, field, message) => {
    const entry = GOOD[name];
    if (!entry) throw new Error(`no good ${name}`);
    const [schema, good] = entry;
    const issues = issuesOf(schema, { ...good, ...change });
    const issue = issues.find((i) => i.path === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('rejects a fee rate over 100%', () => {
    const [schema, good] = GOOD['fees'] ?? [feeSchema, { rules: [] }];
    const rules = [{ ...(good.rules as object[])[0], maxRatePercent: 120 }];
    expect(issuesOf(schema, { ...good, rules }).map((i) => i.path)).toContain('rules.0.maxRatePercent');
  });
});

describe('response code schema', () => {
  const good = {
    id: 'A0',
    meaning: 'MAC 校验错',
    action: '重新签到后再交易',
    fault: ['MT'],
    agreement: 'agree',
    updated: '2026-11-25',
    sources: [{ title: '应答码表' }],
  };

  it('accepts a good code', () => {
    expect(issuesOf(codeSchema, good)).toEqual([]);
  });

  it.each([
    [{ id: 'a0' }, 'id'],
    [{ id: '123' }, 'id'],
    [{ fault: ['XX'] }, 'fault.0'],
    [{ agreement: 'maybe' }, 'agreement'],
    [{ sources: [] }, 'sources'],
  ])('rejects %o naming %s', (change, field) => {
    expect(issuesOf(codeSchema, { ...good, ...change }).map((i) => i.path)).toContain(field);
  });
});

describe('entry references', () => {
  it('accepts upper-case response codes', () => {
    expect(entryRef.parse('codes/A0')).toEqual({ collection: 'codes', id: 'A0' });
  });

  it.each(['faq', 'faq/', 'faq/a/b', 'faq/有中文', 'unknown/x'])('rejects %s', (value) => {
    expect(entryRef.safeParse(value).success).toBe(false);
  });

  it('says which collection a renamed one became', () => {
    const result = entryRef.safeParse('troubleshooting/holiday-t1');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('已改名为 causes');
    expect(result.error?.issues[0]?.message).toContain('"causes/holiday-t1"');
  });
});

describe('site config schema', () => {
  const good = {
    name: '帮助站',
    shortName: '帮助站',
    tagline: '结算问题先看这里',
    operator: { name: '编辑组', email: 'team@example.org' },
    officialSite: 'https://www.lakala.com/',
    offline: true,
  };

  it('accepts a good config', () => {
    expect(issuesOf(siteConfigSchema, good)).toEqual([]);
  });

  it('rejects a bad operator email, naming the field', () => {
    expect(issuesOf(siteConfigSchema, { ...good, operator: { name: '编辑组', email: 'nobody' } }).map((i) => i.path)).toContain(
      'operator.email',
    );
  });
});
