import { z } from 'astro/zod';
import { slug, source } from './common';

/**
 * States an application moves through. The names follow an acquirer's integration code
 * (created → pending review → onboarding → active or rejected).
 */
export const APPLICATION_STATES = {
  created: '已创建',
  'pending-review': '待审核',
  onboarding: '入网中',
  active: '已开通',
  rejected: '已驳回',
} as const;

export type ApplicationState = keyof typeof APPLICATION_STATES;

const state = z.enum(Object.keys(APPLICATION_STATES) as [ApplicationState, ...ApplicationState[]], {
  error: `状态只能是 ${Object.keys(APPLICATION_STATES).join('、')} 之一`,
});

export const reviewStageSchema = z.strictObject({
  id: slug,
  title: z.string().min(2),
  /** The state the application shows while this stage runs. */
  state,
  what: z.string().min(4),
  /** What the applicant can do in this stage to keep it moving. */
  tip: z.string().min(4),
  /** Hedged, in words; no number unless a source backs it. */
  duration: z.string().min(2),
});

export const rejectionReasonSchema = z.strictObject({
  id: slug,
  reason: z.string().min(2),
  avoid: z.string().min(4),
  /** The stage where this usually surfaces. */
  stage: slug,
});

/** Where authors write the review process, under the content folder. */
export const REVIEW_FILE = 'review/review.yaml';

/** The id of the file's one entry in the `review` collection. */
export const REVIEW_ENTRY = 'process';

/** The review process as one document: the /channels/ page draws its timeline from it. */
export const reviewProcessSchema = z
  .strictObject({
    stages: z.array(reviewStageSchema).min(2),
    /** What happens after a rejection. */
    rejected: z.string().min(4),
    rejections: z.array(rejectionReasonSchema).min(1),
    sources: z.array(source).min(1),
  })
  .superRefine((process, ctx) => {
    const stageIds = new Set<string>();
    process.stages.forEach((s, i) => {
      if (stageIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `环节编号 "${s.id}" 重复` });
      stageIds.add(s.id);
    });
    const reasonIds = new Set<string>();
    process.rejections.forEach((r, i) => {
      if (reasonIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rejections', i, 'id'], message: `驳回原因编号 "${r.id}" 重复` });
      reasonIds.add(r.id);
      if (!stageIds.has(r.stage)) {
        ctx.addIssue({ code: 'custom', path: ['rejections', i, 'stage'], message: `环节 "${r.stage}" 不存在` });
      }
    });
  });

export type ReviewProcess = z.output<typeof reviewProcessSchema>;
export type ReviewStage = z.output<typeof reviewStageSchema>;
