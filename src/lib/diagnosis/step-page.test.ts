import { describe, expect, it } from 'vitest';
import type { DiagnosisStep } from '../../schemas/diagnosis';
import { stepPage, type DiagnosisIndex } from './step-page';

const steps: DiagnosisStep[] = [
  { kind: 'symptom', id: 'no-money', label: '钱没到账', title: '钱没到账', next: 'q1' },
  { kind: 'symptom', id: 'straight-end', label: '直接结论', title: '提示结算失败', next: 'end1' },
  {
    kind: 'question',
    id: 'q1',
    area: 'device',
    label: '签到了吗',
    question: '今天签到了吗？',
    hint: '看屏幕',
    yes: 'end1',
    no: 'end1',
    unsure: 'end1',
  },
  { kind: 'end', id: 'end1', label: '没签到', cause: 'sign-in', summary: '终端没有签到。', actions: ['重新签到'], contact: ['none'] },
];

const cause = { id: 'sign-in', data: { title: '没有签到' } };
const index: DiagnosisIndex = {
  step: (id) => steps.find((s) => s.id === id),
  ahead: (id) => (id === 'q1' ? 1 : 0),
  // Only the title is read here; the full article comes from the content collection.
  cause: (id) => (id === cause.id ? { id, data: { ...causeData, title: cause.data.title } } : undefined),
};
const causeData = {
  title: '',
  description: '终端没有签到导致结算失败。',
  updated: new Date('2026-11-25'),
  aliases: [],
  sources: [{ title: '来源' }],
  related: [],
  topics: [],
  area: 'device' as const,
  symptoms: [],
  checks: [],
  fixes: [],
  prepare: [],
  contact: ['none' as const],
};

describe('stepPage', () => {
  it('asks a symptom’s first question on the symptom’s own page', () => {
    const page = stepPage(steps[0]!, index);
    expect(page.title).toBe('钱没到账：逐项排查');
    expect(page.symptom).toBe('钱没到账');
    expect(page.view).toMatchObject({ kind: 'question', step: { id: 'q1' }, ahead: 1 });
  });

  it('titles a question by the question', () => {
    const page = stepPage(steps[2]!, index);
    expect(page.title).toBe('排查：今天签到了吗？');
    expect(page.description).toContain('今天签到了吗？');
  });

  it('names the cause on an ending, also when a symptom leads straight to it', () => {
    expect(stepPage(steps[3]!, index)).toMatchObject({ title: '排查结果：没有签到', description: '终端没有签到。' });
    expect(stepPage(steps[1]!, index)).toMatchObject({ title: '排查结果：没有签到', symptom: '提示结算失败' });
  });

  it('names the step when its next step or its cause is missing', () => {
    expect(() => stepPage({ kind: 'symptom', id: 's', label: 's', title: 's', next: 'gone' }, index)).toThrow('s');
    expect(() =>
      stepPage({ ...steps[3]!, kind: 'end', id: 'e2', cause: 'gone', summary: 'x', actions: ['a'], contact: ['none'], label: 'e' }, index),
    ).toThrow('gone');
  });
});
