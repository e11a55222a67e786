import { SLUG_PATTERN } from '../../schemas/common';
import { isSection, type Section } from '../../schemas/sections';

export const DRAFT_MARK = '待填写';

/** Front-matter lines each collection needs beyond the common fields, with placeholder values that validate. */
const EXTRA_FIELDS: Record<Exclude<Section, 'codes'>, string> = {
  faq: `answer: （${DRAFT_MARK}：一句话直接回答这个问题）
category: settlement # settlement、applying、fees、device-network、account-risk、security 之一
`,
  causes: `area: device # device、network、account、system 之一
symptoms:
  - （${DRAFT_MARK}：商户看到的现象）
checks:
  - （${DRAFT_MARK}：怎么确认是这个原因）
fixes:
  - （${DRAFT_MARK}：怎么处理）
prepare:
  - （${DRAFT_MARK}：联系客服前准备什么）
contact:
  - acquirer # acquirer、bank、issuer、repair、none
`,
  channels: `order: 99
steps:
  - （${DRAFT_MARK}：第一步）
duration: （${DRAFT_MARK}：一般需要多久，留有余地）
pros:
  - （${DRAFT_MARK}）
cons:
  - （${DRAFT_MARK}）
suits: （${DRAFT_MARK}：适合哪些商户）
merchantTypes:
  - geti
`,
  requirements: `merchantType: （${DRAFT_MARK}：商户类型）
order: 99
channels:
  - official-website
documents:
  - id: example-document
    name: （${DRAFT_MARK}：资料名称）
    why: （${DRAFT_MARK}：为什么需要）
    acceptable: （${DRAFT_MARK}：怎样算合格）
    mistake: （${DRAFT_MARK}：常见错误）
`,
  fees: `topic: structure # structure、regulation、promotion、change、transparency、dispute 之一
`,
  brands: `kind: criterion # criterion（选择标准）或 scenario（典型场景）
howToCheck:
  - （${DRAFT_MARK}：怎么核实）
redFlags:
  - （${DRAFT_MARK}：危险信号）
`,
  prevention: `area: operation # device、network、account、operation、security 之一
frequency: daily # daily、weekly、monthly、as-needed 之一
steps:
  - （${DRAFT_MARK}：具体做法）
`,
  glossary: `synonyms: []
`,
  guides: '',
};

export class ScaffoldError extends Error {}

export function checkScaffoldArgs(collection: string | undefined, slug: string | undefined): { collection: Section; slug: string } {
  if (!collection || !isSection(collection)) {
    throw new ScaffoldError(
      `第一个参数是栏目名，应为 faq、causes、codes、channels、requirements、fees、brands、prevention、glossary、guides 之一，现在是 "${collection ?? ''}"`,
    );
  }
  if (!slug) throw new ScaffoldError('第二个参数是条目编号（也是网址），例如 npm run new -- faq money-not-arrived');
  if (collection === 'codes') {
    if (!/^[0-9A-Z]{2}$/.test(slug)) throw new ScaffoldError(`应答码应为两位数字或大写字母，例如 51、A0，现在是 "${slug}"`);
  } else if (!SLUG_PATTERN.test(slug)) {
    throw new ScaffoldError(`条目编号只能用小写英文字母、数字和连字符，例如 money-not-arrived，现在是 "${slug}"`);
  }
  return { collection, slug };
}

/** A new MDX entry with every required field, dated `today` (YYYY-MM-DD). */
export function entryTemplate(collection: Exclude<Section, 'codes'>, today: string): string {
  return `---
title: （${DRAFT_MARK}：标题，FAQ 写成商户会问的问题）
description: （${DRAFT_MARK}：一句话说清这篇讲什么）
${EXTRA_FIELDS[collection]}updated: ${today}
# reviewBy: ${today} # 到了这一天页面会提示“本文可能已过时”
aliases:
  - （${DRAFT_MARK}：商户的其他说法，例如 钱没到账）
sources:
  - title: （${DRAFT_MARK}：依据的法规或资料名称）
    # url: https://www.pbc.gov.cn/
related: []
topics: []
---

（${DRAFT_MARK}：正文。先给结论，再讲怎么检查、怎么处理、找谁。小标题用 ## 开头。）
`;
}

/** A new response code, to append to content/codes/codes.yaml. */
export function codeTemplate(code: string, today: string): string {
  return `- id: '${code}'
  meaning: （${DRAFT_MARK}：常见含义）
  action: （${DRAFT_MARK}：商户该怎么办）
  fault: [MT]
  agreement: agree
  updated: ${today}
  sources:
    - title: （${DRAFT_MARK}：应答码来源）
`;
}
