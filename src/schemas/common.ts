import { z } from 'astro/zod';
import { RENAMED_SECTIONS, SECTIONS, SECTION_INFO, isSection, type Section } from './sections';

/** Lower-case ASCII words joined by hyphens: stable in URLs and anchors. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Entry ids in references: slugs, plus upper-case response codes such as `A0`. */
const REF_ID_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, {
  error: '只能用小写英文字母、数字和连字符，例如 settlement-not-arrived',
});

const dateMessage = '日期格式应为 YYYY-MM-DD，例如 2026-11-25';

/** YAML gives a Date for `2026-11-25`; a quoted string is accepted too. */
export const isoDate = z.coerce.date({ error: dateMessage }).refine((d) => !Number.isNaN(d.getTime()), {
  error: dateMessage,
});

export const source = z.strictObject({
  title: z.string({ error: '来源需要标题 title' }).min(2, { error: '来源标题太短' }),
  url: z.url({ error: '来源链接 url 必须是完整网址，例如 https://www.lakala.com/' }).optional(),
  note: z.string().optional(),
});

/** A link to any entry of the site, written `collection/id`, e.g. `faq/money-not-arrived`. */
export interface EntryRef {
  collection: Section;
  id: string;
}

export const entryRef = z.string({ error: '关联条目写成 "栏目/编号"，例如 faq/money-not-arrived' }).transform((value, ctx): EntryRef => {
  const [collection, id, ...rest] = value.split('/');
  const renamed = collection === undefined ? undefined : RENAMED_SECTIONS[collection];
  if (renamed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" 的栏目 ${collection ?? ''} 已改名为 ${renamed}（${SECTION_INFO[renamed].label}）：请写成 "${renamed}/${id ?? '编号'}"`,
    });
    return z.NEVER;
  }
  if (!collection || !id || rest.length > 0 || !isSection(collection) || !REF_ID_PATTERN.test(id)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" 不是有效的关联条目：应写成 "栏目/编号"，栏目为 ${SECTIONS.join('、')} 之一`,
    });
    return z.NEVER;
  }
  return { collection, id };
});

/** Fields every entry of every collection carries. */
export const entryBase = z.strictObject({
  title: z.string({ error: '缺少标题 title' }).min(2, { error: '标题 title 太短' }).max(80, { error: '标题 title 不超过 80 个字' }),
  description: z
    .string({ error: '缺少一句话简介 description' })
    .min(8, { error: '简介 description 太短：用一句话说清这篇讲什么' })
    .max(160, { error: '简介 description 不超过 160 个字' }),
  updated: isoDate,
  reviewBy: isoDate.optional(),
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * May be empty only when the text says the entry describes general practice; the content lint
   * (src/lib/authoring/editorial.ts) enforces that, since it needs the body.
   */
  sources: z.array(source, { error: '缺少来源 sources：写上依据；确实没有可查证的来源时写 sources: []，并在正文里说明这是一般情况' }),
  related: z.array(entryRef).default([]),
  /** Topics of the source article this entry covers (S1–S29 in the coverage list). */
  topics: z.array(z.string().regex(/^S([1-9]|1[0-9]|2[0-9])$/, { error: '主题编号 topics 应为 S1 到 S29' })).default([]),
});

export type EntryBaseInput = z.input<typeof entryBase>;
