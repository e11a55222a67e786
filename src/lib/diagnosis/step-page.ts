import type { CauseData } from '../../schemas/causes';
import type { DiagnosisStep, EndStep, QuestionStep } from '../../schemas/diagnosis';

/** A cause article, as an ending shows it. */
export interface Cause {
  id: string;
  data: CauseData;
}

/** What a diagnosis step's page shows: a question or an ending, under a title of its own. */
export type StepView = { kind: 'question'; step: QuestionStep; ahead: number } | { kind: 'end'; step: EndStep; cause: Cause };

export interface StepPage {
  title: string;
  description: string;
  /** The symptom the merchant picked, on a symptom's own page. */
  symptom: string | undefined;
  view: StepView;
}

/** The steps the pages look up, computed once per build from the checked graph. */
export interface DiagnosisIndex {
  step(id: string): DiagnosisStep | undefined;
  /** How many questions can still come after a question, at most. */
  ahead(id: string): number;
  cause(id: string): Cause | undefined;
}

/**
 * The page of one step. A symptom's page asks its first question straight away; an ending names
 * its cause. The graph checks have already refused what would make this fail; the errors name
 * the step for a graph that changed without them.
 */
export function stepPage(step: DiagnosisStep, index: DiagnosisIndex): StepPage {
  const shown = step.kind === 'symptom' ? index.step(step.next) : step;
  if (!shown || shown.kind === 'symptom') throw new Error(`排查步骤 ${step.id} 没有可显示的下一步`);
  const symptom = step.kind === 'symptom' ? step.title : undefined;
  if (shown.kind === 'end') {
    const cause = index.cause(shown.cause);
    if (!cause) throw new Error(`排查步骤 ${shown.id} 的原因 ${shown.cause} 不存在`);
    return {
      title: `排查结果：${cause.data.title}`,
      description: symptom ? `${symptom}？从这里开始逐项排查：${shown.summary}` : shown.summary,
      symptom,
      view: { kind: 'end', step: shown, cause },
    };
  }
  return {
    title: symptom ? `${symptom}：逐项排查` : `排查：${shown.question}`,
    description: symptom
      ? `${symptom}？从这里开始逐项排查，第一个问题：${shown.question}`
      : `结算故障排查的一步：${shown.question}回答是、否或不确定，进入下一步。`,
    symptom,
    view: { kind: 'question', step: shown, ahead: index.ahead(shown.id) },
  };
}
