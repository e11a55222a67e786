/** Draws the comparison in the browser with DOM calls only (the CSP allows no inline styles or markup strings). */
import type { BarChart } from '../../lib/fees/chart';
import { SEGMENT_KINDS } from '../../lib/fees/chart';
import type { CompareRow } from '../../lib/fees/compare-view';
import { formatYuan } from '../../lib/fees/money';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function drawChart(target: SVGSVGElement, chart: BarChart): void {
  target.setAttribute('viewBox', `0 0 ${chart.width} ${chart.height}`);
  const title = target.querySelector('title');
  const shapes = chart.bars.map((bar) => {
    const g = svg('g', {});
    g.append(
      svg('text', { x: 0, y: bar.y + 15, class: 'chart-label' }, `${bar.label}${bar.cheapest ? '（最省）' : ''}`),
      svg('text', { x: chart.width, y: bar.y + 15, class: 'chart-total', 'text-anchor': 'end' }, bar.total),
    );
    for (const s of bar.segments) {
      const rect = svg('rect', { x: s.x, y: bar.barY, width: s.width, height: chart.barHeight, class: `seg seg-${s.kind}` });
      rect.append(svg('title', {}, `${SEGMENT_KINDS[s.kind]}：${formatYuan(s.valueFen)} 元`));
      g.append(rect);
    }
    return g;
  });
  target.replaceChildren(...(title ? [title] : []), ...shapes);
}

export function fillTable(table: HTMLTableElement, head: string[], rows: CompareRow[]): void {
  const cell = (tag: 'th' | 'td', text: string, scope?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (scope) el.setAttribute('scope', scope);
    return el;
  };
  const headRow = document.createElement('tr');
  headRow.append(cell('th', '每月', 'col'), ...head.map((h) => cell('th', h, 'col')));
  const thead = document.createElement('thead');
  thead.append(headRow);
  const tbody = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    if (row.total) tr.className = 'total';
    tr.append(cell('th', row.label, 'row'), ...row.cells.map((c) => cell('td', c)));
    tbody.append(tr);
  }
  const caption = table.querySelector('caption');
  table.replaceChildren(...(caption ? [caption] : []), thead, tbody);
}
