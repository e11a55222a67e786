import type { Answer, DiagnosisStep, EndStep, QuestionStep, SymptomStep } from '../../schemas/diagnosis';
import { ANSWERS } from '../../schemas/diagnosis';
import { CHECK_AREAS, type CheckArea } from '../../schemas/causes';
import type { ContentProblem } from '../content/checks/types';

/** One arrow of the diagnosis: from a step, on an answer (none for a symptom), to another step. */
export interface Edge {
  from: string;
  to: string;
  /** The answer that leads there; undefined for a symptom's first question. */
  answer?: Answer;
  /** The data field that holds the target, for error messages. */
  field: 'next' | Answer;
}

const AREA_ORDER = Object.keys(CHECK_AREAS) as CheckArea[];

export function edgesOf(step: DiagnosisStep): Edge[] {
  if (step.kind === 'symptom') return [{ from: step.id, to: step.next, field: 'next' }];
  if (step.kind === 'question') {
    return (Object.keys(ANSWERS) as Answer[]).map((answer) => ({ from: step.id, to: step[answer], answer, field: answer }));
  }
  return [];
}

export function symptomsOf(steps: DiagnosisStep[]): SymptomStep[] {
  return steps.filter((s): s is SymptomStep => s.kind === 'symptom');
}

export function questionsOf(steps: DiagnosisStep[]): QuestionStep[] {
  return steps.filter((s): s is QuestionStep => s.kind === 'question');
}

export function endsOf(steps: DiagnosisStep[]): EndStep[] {
  return steps.filter((s): s is EndStep => s.kind === 'end');
}

/** Ids written more than once (the data loader silently keeps only the last). */
export function duplicateIds(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/**
 * Everything that can be wrong with the diagnosis, each said with the file and the step:
 * unknown targets, cycles, steps no symptom leads to, endings without actions or a contact,
 * causes that do not exist, and checks that go back from account to device (the order is
 * device → network → account → system).
 */
export function checkDiagnosis(steps: DiagnosisStep[], options: { file: string; causes: string[]; ids?: string[] }): ContentProblem[] {
  const { file } = options;
  const problems: ContentProblem[] = [];
  const report = (step: string, field: string, message: string) => problems.push({ file, field: `步骤 ${step} 的 ${field}`, message });
  const byId = new Map(steps.map((s) => [s.id, s]));

  for (const id of duplicateIds(options.ids ?? steps.map((s) => s.id))) {
    report(id, 'id', `编号 "${id}" 出现了不止一次，每个步骤的编号必须唯一`);
  }
  if (symptomsOf(steps).length === 0) {
    problems.push({ file, field: 'kind', message: '至少要有一个症状（kind: symptom）作为排查的起点' });
  }

  // Targets must exist and must not lead back to a starting symptom.
  const edges = steps.flatMap(edgesOf);
  const valid = edges.filter((e) => {
    const target = byId.get(e.to);
    if (!target) {
      report(e.from, e.field, `指向的步骤 "${e.to}" 不存在，这条路走不到结论。请检查拼写或先添加这个步骤`);
      return false;
    }
    if (target.kind === 'symptom') {
      report(e.from, e.field, `不能指回症状 "${e.to}"：症状只能作为起点`);
      return false;
    }
    return true;
  });

  // Endings: a real cause, at least one action, someone to contact.
  const causes = new Set(options.causes);
  for (const end of endsOf(steps)) {
    if (!causes.has(end.cause)) {
      report(end.id, 'cause', `原因 "${end.cause}" 不存在：应为 content/causes 下的文件名`);
    }
    if (end.actions.length === 0) report(end.id, 'actions', '结论至少要写一步处理办法 actions');
    if (!end.contact.some((c) => c !== 'none')) {
      report(end.id, 'contact', '结论至少要写一个联系对象 contact（none 以外），告诉商户问题没解决时找谁');
    }
  }

  for (const cycle of findCycles(steps, valid)) {
    report(cycle[0] ?? '', '下一步', `形成了循环：${cycle.join(' → ')}。每条路径都必须走到一个结论`);
  }

  const reachable = reachableFromSymptoms(steps, valid);
  for (const step of steps) {
    if (step.kind !== 'symptom' && !reachable.has(step.id)) {
      const what = step.kind === 'end' ? '结论' : '问题';
      report(step.id, 'id', `从任何一个症状出发都走不到这个${what}：请让某个问题的回答指向它，或删除它`);
    }
  }

  // A 不确定 leads to a step that says how to find out (asking the same thing again), and from
  // there at most to official support: never straight to a firm conclusion.
  for (const q of questionsOf(steps)) {
    const target = byId.get(q.unsure);
    if (!target) continue;
    if (target.kind === 'end' && (q.how === undefined || target.cause !== 'contact-support')) {
      report(
        q.id,
        'unsure',
        q.how === undefined
          ? `“不确定”不能直接得出结论 "${target.id}"：请指向一个写了 how（怎么查）的问题，告诉商户怎样查清再回答`
          : `“怎么查”之后仍不确定，只能指向联系官方客服的结论（cause: contact-support），不能直接得出结论 "${target.id}"`,
      );
    } else if (
      target.kind === 'question' &&
      q.how === undefined &&
      (target.how === undefined || target.yes !== q.yes || target.no !== q.no)
    ) {
      report(q.id, 'unsure', `“不确定”应指向一个写了 how（怎么查）、并且“是”“否”和本问题指向同样步骤的问题；"${target.id}" 不是`);
    }
  }

  // The checks go arrival → device → network → account → system, never back.
  for (const e of valid) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (from?.kind === 'question' && to?.kind === 'question' && AREA_ORDER.indexOf(to.area) < AREA_ORDER.indexOf(from.area)) {
      report(
        e.from,
        e.field,
        `排查顺序应为 ${AREA_ORDER.map((a) => CHECK_AREAS[a]).join(' → ')}：“${CHECK_AREAS[from.area]}”的问题之后不能再回到“${CHECK_AREAS[to.area]}”的问题 "${to.id}"`,
      );
    }
  }
  return problems;
}

/** Each cycle once, as the list of step ids around it, closing on the first. */
export function findCycles(steps: DiagnosisStep[], edges: Edge[] = steps.flatMap(edgesOf)): string[][] {
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of new Set(out.get(id) ?? [])) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const step of steps) if (!state.has(step.id)) visit(step.id);
  return cycles;
}

export function reachableFromSymptoms(steps: DiagnosisStep[], edges: Edge[] = steps.flatMap(edgesOf)): Set<string> {
  const seen = new Set<string>();
  const queue = symptomsOf(steps).map((s) => s.id);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of edges) if (e.from === id) queue.push(e.to);
  }
  return seen;
}

/**
 * For each step, the most questions still ahead of it before an ending (0 at an ending).
 * Assumes a checked graph; a cycle or dangling target counts as 0 rather than looping.
 */
export function questionsAhead(steps: DiagnosisStep[]): Map<string, number> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const memo = new Map<string, number>();
  const depth = (id: string, path: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const step = byId.get(id);
    if (!step || path.has(id)) return 0;
    path.add(id);
    // A "how to find out" step asks the same question again: it does not add one.
    const own = step.kind === 'question' && step.how === undefined ? 1 : 0;
    const result = own + Math.max(0, ...edgesOf(step).map((e) => depth(e.to, path)));
    path.delete(id);
    memo.set(id, result);
    return result;
  };
  for (const s of steps) depth(s.id, new Set());
  return memo;
}

/** The steps that lead to a step, with the answer that does. */
export function parentsOf(steps: DiagnosisStep[], id: string): Edge[] {
  return steps.flatMap(edgesOf).filter((e) => e.to === id);
}
