import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { diagnosisStepSchema, type DiagnosisStep, type SymptomStep } from '../../schemas/diagnosis';
import {
  DIAGRAM,
  edgesOverBoxes,
  labelsOverBoxes,
  layoutDiagrams,
  layoutSymptom,
  segmentCrossesBox,
  wrapLabel,
  type Diagram,
} from './diagram';

const steps: DiagnosisStep[] = [
  { id: 's1', kind: 'symptom', label: '没到账', title: '钱没到账', next: 'q1' },
  { id: 's2', kind: 'symptom', label: '节假日', title: '节假日没到账', next: 'q2' },
  { id: 'q1', kind: 'question', area: 'device', label: '终端正常吗', question: '终端正常吗？', yes: 'q2', no: 'e1', unsure: 'q1-how' },
  {
    id: 'q1-how',
    kind: 'question',
    area: 'device',
    label: '怎么查终端',
    question: '查过了：终端正常吗？',
    how: ['重启一次'],
    yes: 'q2',
    no: 'e1',
    unsure: 'e3',
  },
  { id: 'q2', kind: 'question', area: 'system', label: '节假日吗', question: '是节假日吗？', yes: 'e2', no: 'e1', unsure: 'e2' },
  { id: 'e1', kind: 'end', label: '设备故障', cause: 'device-fault', summary: '设备坏了。。。', actions: ['修'], contact: ['repair'] },
  { id: 'e2', kind: 'end', label: '节假日顺延', cause: 'holiday-t1', summary: '等等就到。。', actions: ['等'], contact: ['acquirer'] },
  {
    id: 'e3',
    kind: 'end',
    label: '联系客服',
    cause: 'contact-support',
    summary: '请客服查。。',
    actions: ['打电话'],
    contact: ['acquirer'],
  },
];

const realSteps = (
  yaml.load(readFileSync(resolve(import.meta.dirname, '../../../content/diagnosis/diagnosis.yaml'), 'utf8')) as unknown[]
).map((i) => diagnosisStepSchema.parse(i));

describe('wrapLabel', () => {
  it('breaks long Chinese labels and counts ASCII as half width', () => {
    expect(wrapLabel('结算卡是 II 类账户？', 6)).toEqual(['结算卡是 II', '类账户？']);
    expect(wrapLabel('短', 6)).toEqual(['短']);
  });
});

describe('segmentCrossesBox', () => {
  const box = { x: 10, y: 10, w: 20, h: 20 };
  it('finds a segment through a box and lets one pass beside it or end on its border', () => {
    expect(segmentCrossesBox({ x: 0, y: 20 }, { x: 40, y: 20 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 20, y: 0 }, { x: 20, y: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 5 }, { x: 40, y: 5 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 20, y: 0 }, { x: 20, y: 10 }, box)).toBe(false);
  });

  it('reports an edge drawn across a box that is not one of its ends', () => {
    const d: Diagram = {
      symptom: steps[0] as SymptomStep,
      width: 100,
      height: 100,
      nodes: [
        { id: 'a', kind: 'question', lines: ['a'], x: 0, y: 0, w: 20, h: 10 },
        { id: 'b', kind: 'question', lines: ['b'], x: 0, y: 30, w: 20, h: 10 },
        { id: 'c', kind: 'end', lines: ['c'], x: 0, y: 60, w: 20, h: 10 },
      ],
      edges: [
        {
          from: 'a',
          to: 'c',
          label: '是',
          points: [
            { x: 10, y: 10 },
            { x: 10, y: 60 },
          ],
        },
      ],
    };
    expect(edgesOverBoxes(d)).toEqual(['a → c 穿过 b']);
  });
});

describe('layoutSymptom', () => {
  it('draws what follows a symptom top to bottom, 是 and 否 only, one labelled arrow per pair of steps', async () => {
    const d = await layoutSymptom(steps, steps[0] as SymptomStep);
    const node = (id: string) => d.nodes.find((n) => n.id === id)!;
    expect(d.nodes.map((n) => n.id).sort()).toEqual(['e1', 'e2', 'q1', 'q2', 's1']);
    for (const e of d.edges) expect(node(e.to).y, `${e.from} → ${e.to}`).toBeGreaterThan(node(e.from).y);
    expect(d.edges.find((e) => e.from === 'q1' && e.to === 'e1')?.label).toBe('否');
    expect(d.edges.find((e) => e.from === 'q2' && e.to === 'e2')?.label).toBe('是');
    expect(d.edges.find((e) => e.from === 's1')?.label).toBe('');
  });
});

describe('the drawings of the real diagnosis', async () => {
  const diagrams = await layoutDiagrams(realSteps);

  it('has one drawing per symptom', () => {
    expect(diagrams.map((d) => d.symptom.id)).toEqual(realSteps.filter((s) => s.kind === 'symptom').map((s) => s.id));
  });

  it.each(diagrams.map((d) => [d.symptom.id, d] as const))('%s: no arrow crosses a box and no label sits on a box or a label', (_id, d) => {
    expect(edgesOverBoxes(d)).toEqual([]);
    expect(labelsOverBoxes(d)).toEqual([]);
  });

  it.each(diagrams.map((d) => [d.symptom.id, d] as const))(
    '%s: fits a 390 px phone screen at full size, every box inside, none overlapping',
    (_id, d) => {
      expect(d.width).toBeLessThanOrEqual(DIAGRAM.maxWidth);
      for (const n of d.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.x + n.w).toBeLessThanOrEqual(d.width);
        expect(n.y + n.h).toBeLessThanOrEqual(d.height);
      }
      for (const a of d.nodes)
        for (const b of d.nodes)
          if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y, `${a.id}/${b.id}`).toBe(true);
    },
  );
});
