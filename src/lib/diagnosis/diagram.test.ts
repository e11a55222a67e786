import { describe, expect, it } from 'vitest';
import type { DiagnosisStep } from '../../schemas/diagnosis';
import { layers, layoutDiagram, wrapLabel } from './diagram';

const steps: DiagnosisStep[] = [
  { id: 's1', kind: 'symptom', label: '没到账', title: '钱没到账', next: 'q1' },
  { id: 's2', kind: 'symptom', label: '节假日', title: '节假日没到账', next: 'q2' },
  { id: 'q1', kind: 'question', area: 'device', label: '终端正常吗', question: '终端正常吗？', yes: 'q2', no: 'e1', unsure: 'e1' },
  { id: 'q2', kind: 'question', area: 'system', label: '节假日吗', question: '是节假日吗？', yes: 'e2', no: 'e1', unsure: 'e2' },
  { id: 'e1', kind: 'end', label: '设备故障', cause: 'device-fault', summary: '设备坏了。。。', actions: ['修'], contact: ['repair'] },
  { id: 'e2', kind: 'end', label: '节假日顺延', cause: 'holiday-t1', summary: '等等就到。。', actions: ['等'], contact: ['acquirer'] },
];

describe('wrapLabel', () => {
  it('breaks long Chinese labels and counts ASCII as half width', () => {
    expect(wrapLabel('结算卡是 II 类账户？', 6)).toEqual(['结算卡是 II', '类账户？']);
    expect(wrapLabel('短', 6)).toEqual(['短']);
  });
});

describe('layoutDiagram', () => {
  const d = layoutDiagram(steps);
  const node = (id: string) => d.nodes.find((n) => n.id === id)!;

  it('puts every step below each step that leads to it', () => {
    expect(layers(steps).get('q2')).toBe(2);
    for (const e of d.edges) expect(node(e.to).y, `${e.from} → ${e.to}`).toBeGreaterThan(node(e.from).y);
  });

  it('draws every step once, inside the canvas, without overlaps', () => {
    expect(d.nodes.map((n) => n.id).sort()).toEqual(steps.map((s) => s.id).sort());
    for (const n of d.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.w).toBeLessThanOrEqual(d.width);
      expect(n.y + n.h).toBeLessThanOrEqual(d.height);
    }
    for (const a of d.nodes)
      for (const b of d.nodes)
        if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y, `${a.id}/${b.id}`).toBe(true);
  });

  it('joins answers that lead to the same step into one labelled arrow', () => {
    expect(d.edges.find((e) => e.from === 'q1' && e.to === 'e1')?.label).toBe('否/不确定');
    expect(d.edges.find((e) => e.from === 'q2' && e.to === 'e2')?.label).toBe('是/不确定');
    expect(d.edges.find((e) => e.from === 's1')?.label).toBe('');
    expect(d.edges).toHaveLength(6);
  });
});
