import type { Answer, DiagnosisStep } from '../../schemas/diagnosis';
import { ANSWERS } from '../../schemas/diagnosis';
import { edgesOf } from './graph';

export interface DiagramNode {
  id: string;
  kind: DiagnosisStep['kind'];
  /** The check area of a question, for colouring. */
  area?: string | undefined;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** 是 / 否 / 不确定, joined when several answers lead to the same step. */
  label: string;
  path: string;
  labelX: number;
  labelY: number;
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const DIAGRAM = { nodeWidth: 150, nodeHeight: 54, gapX: 18, gapY: 64, margin: 12, charsPerLine: 10 };

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

/** Layer of each step: the longest path from a symptom, so every arrow points down. */
export function layers(steps: DiagnosisStep[]): Map<string, number> {
  const layer = new Map<string, number>();
  const parents = new Map<string, string[]>();
  for (const e of steps.flatMap(edgesOf)) parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);
  const visit = (id: string, seen: Set<string>): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const from = parents.get(id) ?? [];
    const value = from.length === 0 ? 0 : 1 + Math.max(...from.map((p) => visit(p, seen)));
    seen.delete(id);
    layer.set(id, value);
    return value;
  };
  for (const s of steps) visit(s.id, new Set());
  return layer;
}

/**
 * A top-down layered drawing of the diagnosis: symptoms on top, each step below every step
 * that leads to it, nodes in a layer ordered by where their parents sit to keep arrows short.
 * Expects a checked graph (no cycles, no dangling targets).
 */
export function layoutDiagram(steps: DiagnosisStep[]): Diagram {
  const { nodeWidth: w, nodeHeight: h, gapX, gapY, margin } = DIAGRAM;
  const layerOf = layers(steps);
  const byLayer: DiagnosisStep[][] = [];
  for (const s of steps) (byLayer[layerOf.get(s.id) ?? 0] ??= []).push(s);
  const rows = byLayer.filter(Boolean);

  const edges = steps.flatMap(edgesOf);
  const x = new Map<string, number>();
  rows.forEach((row, r) => {
    if (r > 0) {
      const centre = (id: string) => {
        const xs = edges.filter((e) => e.to === id && x.has(e.from)).map((e) => x.get(e.from)!);
        return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
      };
      row.sort((a, b) => centre(a.id) - centre(b.id));
    }
    row.forEach((s, i) => x.set(s.id, i));
  });

  const widest = Math.max(...rows.map((r) => r.length));
  const width = margin * 2 + widest * w + (widest - 1) * gapX;
  const nodes: DiagramNode[] = [];
  rows.forEach((row, r) => {
    const rowWidth = row.length * w + (row.length - 1) * gapX;
    const left = (width - rowWidth) / 2;
    row.forEach((s, i) => {
      nodes.push({
        id: s.id,
        kind: s.kind,
        area: s.kind === 'question' ? s.area : undefined,
        lines: wrapLabel(s.label),
        x: left + i * (w + gapX),
        y: margin + r * (h + gapY),
        w,
        h,
      });
    });
  });
  const at = new Map(nodes.map((n) => [n.id, n]));

  // One arrow per pair of steps, labelled with every answer that takes it.
  const grouped = new Map<string, { from: string; to: string; answers: Answer[] }>();
  for (const e of edges) {
    const key = `${e.from}>${e.to}`;
    const g = grouped.get(key) ?? { from: e.from, to: e.to, answers: [] };
    if (e.answer) g.answers.push(e.answer);
    grouped.set(key, g);
  }
  // Arrows leave a step from points spread along its bottom, ordered by where they go, so
  // their labels sit side by side instead of on top of each other.
  const diagramEdges: DiagramEdge[] = [];
  const outgoing = new Map<string, { from: string; to: string; answers: Answer[] }[]>();
  for (const g of grouped.values()) outgoing.set(g.from, [...(outgoing.get(g.from) ?? []), g]);
  for (const [from, list] of outgoing) {
    const a = at.get(from);
    if (!a) continue;
    const targets = list.filter((g) => at.has(g.to)).sort((p, q) => at.get(p.to)!.x - at.get(q.to)!.x);
    targets.forEach((g, i) => {
      const b = at.get(g.to)!;
      const x1 = a.x + (a.w * (i + 1)) / (targets.length + 1);
      const y1 = a.y + a.h;
      const x2 = b.x + b.w / 2;
      const y2 = b.y;
      const bend = Math.max(24, (y2 - y1) / 2);
      diagramEdges.push({
        from: g.from,
        to: g.to,
        label: g.answers.map((ans) => ANSWERS[ans]).join('/'),
        path: `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`,
        labelX: x1,
        labelY: y1 + 15,
      });
    });
  }
  const height = margin * 2 + rows.length * h + (rows.length - 1) * gapY;
  return { width, height, nodes, edges: diagramEdges };
}
