import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Answer, DiagnosisStep, SymptomStep } from '../../schemas/diagnosis';
import { ANSWERS } from '../../schemas/diagnosis';
import { edgesOf, symptomsOf } from './graph';
import { defined, itemAt } from '../required';

export interface DiagramNode {
  id: string;
  kind: DiagnosisStep['kind'];
  /** The check area of a question, for colouring. */
  area?: string | undefined;
  /** A "how to find out" step, drawn dashed. */
  findOut?: boolean;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** 是 / 否 / 不确定, joined when several answers lead to the same step. */
  label: string;
  /** The route from the source's border to the target's, corners included. */
  points: Point[];
  labelBox?: { x: number; y: number; w: number; h: number } | undefined;
}

export interface Diagram {
  /** The symptom the drawing starts from. */
  symptom: SymptomStep;
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/**
 * Sizes chosen for a phone: a drawing three boxes wide stays under 340 px, so it fits a 390 px
 * screen at full size and the 12 px text stays readable without zooming or scrolling sideways.
 */
export const DIAGRAM = { nodeWidth: 100, lineHeight: 15, padding: 8, charsPerLine: 6, fontSize: 12, labelFontSize: 11, maxWidth: 340 };

/** Split a label into lines of at most `max` full-width characters (ASCII counts as half; ASCII words stay whole). */
export function wrapLabel(text: string, max: number = DIAGRAM.charsPerLine): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const token of text.match(/[\x21-\x7e]+|\s+|./gu) ?? []) {
    const w = /^[\x20-\x7e\s]+$/.test(token) ? token.length * 0.5 : 1;
    if (width + w > max && line.trim()) {
      lines.push(line.trim());
      line = '';
      width = 0;
    }
    line += token;
    width += w;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * The arrows a drawing shows: 是 and 否. Every 不确定 leads to a step that says how to find the
 * answer and then asks the same question again, so drawing those would double every box for no
 * new decision; the legend says so and the checklist lists them.
 */
export function drawnEdges(step: DiagnosisStep) {
  return edgesOf(step).filter((e) => e.answer !== 'unsure');
}

/** The steps reachable from one symptom by the drawn arrows, the symptom first. */
export function reachableFrom(steps: DiagnosisStep[], start: string): DiagnosisStep[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = byId.get(id);
    if (seen.has(id) || !step) continue;
    seen.add(id);
    queue.push(...drawnEdges(step).map((e) => e.to));
  }
  return steps.filter((s) => seen.has(s.id));
}

/** One arrow per pair of steps, labelled with every answer that takes it. */
function groupedEdges(steps: DiagnosisStep[]): { from: string; to: string; label: string }[] {
  const grouped = new Map<string, { from: string; to: string; answers: Answer[] }>();
  for (const e of steps.flatMap(drawnEdges)) {
    const key = `${e.from}>${e.to}`;
    const g = grouped.get(key) ?? { from: e.from, to: e.to, answers: [] };
    if (e.answer) g.answers.push(e.answer);
    grouped.set(key, g);
  }
  return [...grouped.values()].map((g) => ({ from: g.from, to: g.to, label: g.answers.map((a) => ANSWERS[a]).join('/') }));
}

function labelWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\x20-\x7e]/.test(ch) ? 0.6 : 1;
  return em * DIAGRAM.labelFontSize + 4;
}

const elk = new ELK();

/**
 * A top-down drawing of what follows one symptom, laid out by ELK's layered algorithm with
 * orthogonal edges: arrows run between the boxes, never across one, and their labels get room
 * of their own. Expects a checked graph (no cycles, no dangling targets).
 */
export async function layoutSymptom(steps: DiagnosisStep[], symptom: SymptomStep): Promise<Diagram> {
  const { nodeWidth, lineHeight, padding } = DIAGRAM;
  const part = reachableFrom(steps, symptom.id);
  const lines = new Map(part.map((s) => [s.id, wrapLabel(s.label)]));
  const linesOf = (id: string) => defined(lines.get(id), `label of step ${id}`);
  const edges = groupedEdges(part);
  const graph: ElkNode = {
    id: symptom.id,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.padding': '[top=4,left=4,bottom=4,right=4]',
      'elk.spacing.nodeNode': '12',
      'elk.spacing.edgeNode': '8',
      'elk.spacing.edgeEdge': '6',
      'elk.spacing.edgeLabel': '2',
      'elk.layered.spacing.nodeNodeBetweenLayers': '22',
      'elk.layered.spacing.edgeNodeBetweenLayers': '10',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: part.map((s) => ({
      id: s.id,
      width: nodeWidth,
      height: linesOf(s.id).length * lineHeight + padding * 2,
    })),
    edges: edges.map((e, i): ElkExtendedEdge => ({
      id: `e${i}`,
      sources: [e.from],
      targets: [e.to],
      labels: e.label ? [{ text: e.label, width: labelWidth(e.label), height: DIAGRAM.labelFontSize + 4 }] : [],
    })),
  };
  const laid = await elk.layout(graph);
  const nodes: DiagramNode[] = (laid.children ?? []).map((n) => {
    const step = defined(
      part.find((s) => s.id === n.id),
      `step ${n.id}`,
    );
    return {
      id: n.id,
      kind: step.kind,
      area: step.kind === 'question' ? step.area : undefined,
      findOut: step.kind === 'question' && step.how !== undefined,
      lines: linesOf(n.id),
      x: n.x ?? 0,
      y: n.y ?? 0,
      w: n.width ?? nodeWidth,
      h: n.height ?? 0,
    };
  });
  const diagramEdges: DiagramEdge[] = (laid.edges ?? []).map((e, i) => {
    const section = e.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = e.labels?.[0];
    const { from, to, label: text } = itemAt(edges, i);
    return {
      from,
      to,
      label: text,
      points: points.map((p) => ({ x: p.x, y: p.y })),
      labelBox: label ? { x: label.x ?? 0, y: label.y ?? 0, w: label.width ?? 0, h: label.height ?? 0 } : undefined,
    };
  });
  return { symptom, width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges: diagramEdges };
}

/** One drawing per symptom, in the order the symptoms are written. */
export function layoutDiagrams(steps: DiagnosisStep[]): Promise<Diagram[]> {
  return Promise.all(symptomsOf(steps).map((s) => layoutSymptom(steps, s)));
}

/** Whether the segment from `a` to `b` passes through the inside of a box. */
export function segmentCrossesBox(a: Point, b: Point, box: { x: number; y: number; w: number; h: number }, inset = 1): boolean {
  const [left, right, top, bottom] = [box.x + inset, box.x + box.w - inset, box.y + inset, box.y + box.h - inset];
  // Liang–Barsky clipping: does any part of the segment lie strictly inside the box?
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** Every place an arrow runs across a box other than the two it connects (empty for a good drawing). */
export function edgesOverBoxes(d: Diagram): string[] {
  const crossings: string[] = [];
  for (const e of d.edges) {
    for (let i = 1; i < e.points.length; i++) {
      for (const n of d.nodes) {
        if (n.id === e.from || n.id === e.to) continue;
        if (segmentCrossesBox(itemAt(e.points, i - 1), itemAt(e.points, i), n)) crossings.push(`${e.from} → ${e.to} 穿过 ${n.id}`);
      }
    }
  }
  return crossings;
}

/** Labels that sit on a box or on another label (empty for a good drawing). */
export function labelsOverBoxes(d: Diagram): string[] {
  const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const found: string[] = [];
  d.edges.forEach((e, i) => {
    if (!e.labelBox) return;
    for (const n of d.nodes) if (overlap(e.labelBox, n)) found.push(`${e.from} → ${e.to} 的“${e.label}”压在 ${n.id} 上`);
    for (const f of d.edges.slice(i + 1)) if (f.labelBox && overlap(e.labelBox, f.labelBox)) found.push(`“${e.label}”和“${f.label}”重叠`);
  });
  return found;
}
