import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES, REVIEW_FILE, reviewProcessSchema } from './review';

const reviewProcess = reviewProcessSchema.parse(
  yaml.load(readFileSync(resolve(import.meta.dirname, '../../content', REVIEW_FILE), 'utf8')),
);

describe('the review process in content/review/review.yaml', () => {
  it('runs submit → review → device test → contract', () => {
    expect(reviewProcess.stages.map((s) => s.id)).toEqual(['submit', 'review', 'device-test', 'contract']);
  });

  it('moves through created → pending review → onboarding → active, with rejection as the other outcome', () => {
    expect(reviewProcess.stages.map((s) => s.state)).toEqual(['created', 'pending-review', 'onboarding', 'active']);
    expect(APPLICATION_STATES.rejected).toBe('已驳回');
  });

  it('says how to avoid every rejection reason, covering documents, technical faults and wrong operation', () => {
    const ids = reviewProcess.rejections.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['incomplete-documents', 'technical-fault', 'wrong-entry']));
    for (const r of reviewProcess.rejections) expect(r.avoid.length).toBeGreaterThan(4);
  });

  it('states no durations as numbers', () => {
    for (const s of reviewProcess.stages) expect(s.duration).not.toMatch(/\d/);
  });
});

describe('reviewProcessSchema', () => {
  const valid = {
    stages: [
      { id: 'a', title: '提交', state: 'created', what: '提交资料。', tip: '备齐资料。', duration: '以通知为准' },
      { id: 'b', title: '审核', state: 'pending-review', what: '审核资料。', tip: '保持电话畅通。', duration: '以通知为准' },
    ],
    rejected: '被驳回后补正资料。',
    rejections: [{ id: 'x', reason: '资料不全', avoid: '逐项检查。', stage: 'b' }],
    sources: [{ title: '某规定' }],
  };

  it('accepts a valid process', () => {
    expect(reviewProcessSchema.safeParse(valid).success).toBe(true);
  });

  it('names an unknown stage on a rejection reason', () => {
    const result = reviewProcessSchema.safeParse({ ...valid, rejections: [{ ...valid.rejections[0], stage: 'nope' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['rejections', 0, 'stage'] });
  });

  it('refuses a repeated stage id and an unknown state', () => {
    const repeated = reviewProcessSchema.safeParse({ ...valid, stages: [valid.stages[0], valid.stages[0]], rejections: [] });
    expect(repeated.success).toBe(false);
    const badState = reviewProcessSchema.safeParse({ ...valid, stages: [{ ...valid.stages[0], state: 'approved' }, valid.stages[1]] });
    expect(badState.error?.issues[0]?.message).toContain('状态只能是');
  });
});
