import { describe, expect, it } from 'vitest';
import type { DiagnosisStep } from '../../schemas/diagnosis';
import { CHECKLIST_PAGE, diagnosisStepSchema } from '../../schemas/diagnosis';
import { checkDiagnosis, duplicateIds, findCycles, parentsOf, questionsAhead, reachableFromSymptoms } from './graph';

const FILE = 'content/diagnosis/diagnosis.yaml';
const CAUSES = ['device-fault', 'network-problem', 'holiday-t1', 'contact-support'];

const symptom = (id: string, next: string): DiagnosisStep => ({ id, kind: 'symptom', label: '症状', title: '钱没到账', next });
type Area = 'arrival' | 'device' | 'network' | 'account' | 'system';
const question = (id: string, area: Area, yes: string, no: string, unsure = `${id}-how`): DiagnosisStep => ({
  id,
  kind: 'question',
  area,
  label: '问题',
  question: '终端能开机吗？',
  yes,
  no,
  unsure,
});
/** Where a 不确定 leads: how to find out, then the same question again. */
const findOut = (of: string, area: Area, yes: string, no: string, unsure = 'end-support'): DiagnosisStep => ({
  id: `${of}-how`,
  kind: 'question',
  area,
  label: '怎么查',
  question: '查过了：终端能开机吗？',
  how: ['关机再开机'],
  yes,
  no,
  unsure,
});
const end = (id: string, cause: string, over: Partial<Extract<DiagnosisStep, { kind: 'end' }>> = {}): DiagnosisStep => ({
  id,
  kind: 'end',
  label: '结论',
  cause,
  summary: '多半是设备出了故障。',
  actions: ['重启终端'],
  contact: ['repair'],
  ...over,
});

/** A small valid diagnosis: one symptom, two questions, three endings. */
function good(): DiagnosisStep[] {
  return [
    symptom('no-money', 'device-ok'),
    question('device-ok', 'device', 'network-ok', 'end-device'),
    question('network-ok', 'network', 'end-holiday', 'end-network'),
    end('end-device', 'device-fault'),
    end('end-network', 'network-problem', { contact: ['acquirer'] }),
    end('end-holiday', 'holiday-t1', { contact: ['none', 'acquirer'] }),
    findOut('device-ok', 'device', 'network-ok', 'end-device'),
    findOut('network-ok', 'network', 'end-holiday', 'end-network'),
    end('end-support', 'contact-support', { contact: ['acquirer'] }),
  ];
}

const check = (steps: DiagnosisStep[], ids?: string[]) =>
  checkDiagnosis(steps, ids ? { file: FILE, causes: CAUSES, ids } : { file: FILE, causes: CAUSES });

describe('checkDiagnosis', () => {
  it('accepts a valid diagnosis', () => {
    expect(check(good())).toEqual([]);
  });

  it('names the file, the step and the answer of a target that does not exist', () => {
    const steps = good();
    steps[1] = question('device-ok', 'device', 'network-ok', 'end-devise');
    const problems = check(steps);
    expect(problems).toContainEqual({
      file: FILE,
      field: '步骤 device-ok 的 no',
      message: expect.stringContaining('"end-devise" 不存在'),
    });
  });

  it('refuses a path that never reaches an ending because it loops', () => {
    const steps = good();
    steps[2] = question('network-ok', 'network', 'device-ok', 'end-network');
    const problems = check(steps);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('循环：device-ok → network-ok → device-ok'));
    expect(problems.every((p) => p.file === FILE)).toBe(true);
  });

  it('refuses an answer that leads back to a symptom', () => {
    const steps = good();
    steps[2] = question('network-ok', 'network', 'no-money', 'end-network');
    expect(check(steps)).toContainEqual(
      expect.objectContaining({ field: '步骤 network-ok 的 yes', message: expect.stringContaining('症状') }),
    );
  });

  it('names an ending no symptom leads to', () => {
    const steps = [...good(), end('end-orphan', 'device-fault')];
    expect(check(steps)).toEqual([{ file: FILE, field: '步骤 end-orphan 的 id', message: expect.stringContaining('走不到这个结论') }]);
  });

  it('names a question no symptom leads to', () => {
    const steps = [...good(), question('lonely', 'system', 'end-device', 'end-device', 'end-support')];
    expect(check(steps)).toContainEqual({ file: FILE, field: '步骤 lonely 的 id', message: expect.stringContaining('走不到这个问题') });
  });

  it('names an ending without actions', () => {
    const steps = good();
    steps[3] = end('end-device', 'device-fault', { actions: [] });
    expect(check(steps)).toEqual([{ file: FILE, field: '步骤 end-device 的 actions', message: expect.stringContaining('处理办法') }]);
  });

  it('names an ending without anyone to contact', () => {
    const steps = good();
    steps[3] = end('end-device', 'device-fault', { contact: ['none'] });
    expect(check(steps)).toEqual([{ file: FILE, field: '步骤 end-device 的 contact', message: expect.stringContaining('联系对象') }]);
  });

  it('names an ending whose cause is not a cause entry', () => {
    const steps = good();
    steps[3] = end('end-device', 'printer-on-fire');
    expect(check(steps)).toEqual([{ file: FILE, field: '步骤 end-device 的 cause', message: expect.stringContaining('content/causes') }]);
  });

  it('refuses checks that go back from network to device', () => {
    const steps = [
      symptom('no-money', 'network-ok'),
      question('network-ok', 'network', 'device-ok', 'end-network'),
      question('device-ok', 'device', 'end-holiday', 'end-device'),
      end('end-device', 'device-fault'),
      end('end-network', 'network-problem'),
      end('end-holiday', 'holiday-t1'),
      findOut('network-ok', 'network', 'device-ok', 'end-network'),
      findOut('device-ok', 'device', 'end-holiday', 'end-device'),
      end('end-support', 'contact-support'),
    ];
    expect(check(steps)).toEqual([
      { file: FILE, field: '步骤 network-ok 的 yes', message: expect.stringContaining('设备 → 网络 → 账户 → 系统') },
      { file: FILE, field: '步骤 network-ok-how 的 yes', message: expect.stringContaining('设备 → 网络 → 账户 → 系统') },
    ]);
  });

  it('refuses a 不确定 that leads straight to a firm conclusion', () => {
    const steps = good();
    steps[1] = question('device-ok', 'device', 'network-ok', 'end-device', 'end-device');
    expect(check(steps)).toContainEqual({
      file: FILE,
      field: '步骤 device-ok 的 unsure',
      message: expect.stringContaining('不能直接得出结论'),
    });
  });

  it('refuses a 不确定 that leads to a step that does not say how to find out the same question', () => {
    const steps = good();
    steps[1] = question('device-ok', 'device', 'network-ok', 'end-device', 'network-ok');
    expect(check(steps)).toContainEqual({ file: FILE, field: '步骤 device-ok 的 unsure', message: expect.stringContaining('怎么查') });
  });

  it('lets a how-to-find-out step end at official support, and nowhere firmer', () => {
    expect(check(good())).toEqual([]);
    const steps = good();
    steps[6] = findOut('device-ok', 'device', 'network-ok', 'end-device', 'end-device');
    expect(check(steps)).toContainEqual({
      file: FILE,
      field: '步骤 device-ok-how 的 unsure',
      message: expect.stringContaining('contact-support'),
    });
  });

  it('names an id written twice', () => {
    const ids = [...good().map((s) => s.id), 'device-ok'];
    expect(check(good(), ids)).toEqual([{ file: FILE, field: '步骤 device-ok 的 id', message: expect.stringContaining('唯一') }]);
  });

  it('needs at least one symptom', () => {
    expect(check(good().slice(1)).map((p) => p.message)).toContainEqual(expect.stringContaining('至少要有一个症状'));
  });
});

describe('graph helpers', () => {
  it('finds every id written twice', () => {
    expect(duplicateIds(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b']);
  });

  it('finds no cycle in a tree-like diagnosis', () => {
    expect(findCycles(good())).toEqual([]);
  });

  it('reaches every step of the valid diagnosis', () => {
    expect(reachableFromSymptoms(good()).size).toBe(good().length);
  });

  it('counts the most questions left before an ending', () => {
    const ahead = questionsAhead(good());
    expect(ahead.get('no-money')).toBe(2);
    expect(ahead.get('device-ok')).toBe(2);
    expect(ahead.get('network-ok')).toBe(1);
    expect(ahead.get('end-device')).toBe(0);
  });

  it('lists the steps that lead to a step, with their answers', () => {
    expect(parentsOf(good(), 'end-network')).toEqual([
      { from: 'network-ok', to: 'end-network', answer: 'no', field: 'no' },
      { from: 'network-ok-how', to: 'end-network', answer: 'no', field: 'no' },
    ]);
  });
});

describe('the step schema', () => {
  it('accepts each kind of step', () => {
    for (const step of good()) expect(diagnosisStepSchema.safeParse(step).success, step.id).toBe(true);
  });

  it('refuses an unknown kind and a question without an answer for "not sure"', () => {
    expect(diagnosisStepSchema.safeParse({ id: 'x', kind: 'maybe', label: '问题' }).success).toBe(false);
    const { unsure: _, ...noUnsure } = question('q', 'device', 'a', 'b') as Extract<DiagnosisStep, { kind: 'question' }>;
    expect(diagnosisStepSchema.safeParse(noUnsure).success).toBe(false);
  });

  it('refuses a step whose address would be the checklist page', () => {
    const result = diagnosisStepSchema.safeParse({ ...good()[3], id: CHECKLIST_PAGE });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('完整排查清单');
  });

  it('keeps labels short enough for the diagram', () => {
    expect(diagnosisStepSchema.safeParse({ ...good()[3], label: '这是一个远远超过十六个字的非常非常长的简称' }).success).toBe(false);
  });
});
