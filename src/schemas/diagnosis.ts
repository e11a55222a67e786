import { z } from 'astro/zod';
import { slug } from './common';
import { CHECK_AREAS, CONTACTS, type CheckArea, type Contact } from './causes';

const areaKeys = Object.keys(CHECK_AREAS) as [CheckArea, ...CheckArea[]];
const contactKeys = Object.keys(CONTACTS) as [Contact, ...Contact[]];

/** A short name for the diagram, the checklist and the progress line. */
const label = z
  .string({ error: '缺少简称 label' })
  .min(2, { error: '简称 label 太短' })
  .max(16, { error: '简称 label 不超过 16 个字：它要放进流程图的方框里' });

const stepId = z.string({ error: '缺少下一步的编号' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: '步骤编号只能用小写英文字母、数字和连字符',
});

/** The address under `/troubleshoot/` of the page with every drawing and the whole checklist. */
export const CHECKLIST_PAGE = 'checklist';

/** A step's id is its address under `/troubleshoot/`, so it cannot be the checklist page's. */
const stepSlug = slug.refine((id) => id !== CHECKLIST_PAGE, {
  error: `步骤编号不能是 ${CHECKLIST_PAGE}：/troubleshoot/${CHECKLIST_PAGE}/ 是完整排查清单的网址`,
});

/** Where the merchant starts: what they see going wrong. */
export const symptomStepSchema = z.strictObject({
  id: stepSlug,
  kind: z.literal('symptom'),
  label,
  /** The symptom as the merchant would say it. */
  title: z.string().min(4),
  next: stepId,
});

/** One yes / no / not-sure question; each answer names the next step. */
export const questionStepSchema = z.strictObject({
  id: stepSlug,
  kind: z.literal('question'),
  area: z.enum(areaKeys, { error: `排查环节 area 应为 ${areaKeys.join('、')} 之一` }),
  label,
  question: z.string().min(4).max(80, { error: '问题 question 不超过 80 个字：一次只问一件事' }),
  /** How to find the answer. */
  hint: z.string().min(4).optional(),
  /**
   * Steps that tell the merchant how to find the answer out. A question with them is where a
   * "不确定" leads: it asks the same thing again once the merchant has looked.
   */
  how: z.array(z.string().min(4)).min(1, { error: '怎么查 how 至少写一步' }).optional(),
  yes: stepId,
  no: stepId,
  unsure: stepId,
});

/** Where a path ends: a cause, what to do in order, and whom to contact. */
export const endStepSchema = z.strictObject({
  id: stepSlug,
  kind: z.literal('end'),
  label,
  /** The cause entry (`content/causes/<cause>.mdx`) this ending points to. */
  cause: slug,
  /** One sentence: what most likely happened. */
  summary: z.string().min(8),
  actions: z.array(z.string().min(2)).default([]),
  contact: z.array(z.enum(contactKeys, { error: `联系对象 contact 应为 ${contactKeys.join('、')} 之一` })).default([]),
});

/** One step of the guided diagnosis; one item of `content/diagnosis/diagnosis.yaml`. */
export const diagnosisStepSchema = z.discriminatedUnion('kind', [symptomStepSchema, questionStepSchema, endStepSchema], {
  error: '步骤类型 kind 应为 symptom（症状）、question（问题）或 end（结论）之一',
});

export type DiagnosisStep = z.output<typeof diagnosisStepSchema>;
export type SymptomStep = z.output<typeof symptomStepSchema>;
export type QuestionStep = z.output<typeof questionStepSchema>;
export type EndStep = z.output<typeof endStepSchema>;

export const ANSWERS = { yes: '是', no: '否', unsure: '不确定' } as const;
export type Answer = keyof typeof ANSWERS;
