import { bindTool, setOutputs } from './form-client';
import { drawChart, fillTable } from './compare-dom';
import {
  CALCULATOR_FIELDS,
  CHECK_FIELDS,
  COMPARE_FIELDS,
  checkVerdict,
  validateCalculator,
  validateCheck,
  validateCompare,
} from '../../lib/fees/forms';
import { compareRows, compareSummary } from '../../lib/fees/compare-view';
import { barChart } from '../../lib/fees/chart';
import { cheapest } from '../../lib/fees/calculate';
import { formatRate, formatYuan } from '../../lib/fees/money';

/** Brings the calculator (`CalculatorTool`) to life when it is on the page. */
export function bindCalculator(): void {
  const form = document.getElementById('fee-calculator');
  const output = document.getElementById('fee-result');
  if (form instanceof HTMLFormElement && output) {
    bindTool({
      form,
      output,
      fields: CALCULATOR_FIELDS,
      validate: validateCalculator,
      render: ({ fee, terms, notes }) => {
        setOutputs(output, {
          total: formatYuan(fee.totalFen),
          rateFee: formatYuan(fee.rateFeeFen),
          capNote: fee.capped
            ? `（按费率应为 ${formatYuan(fee.uncappedFen)} 元，已封顶）`
            : terms.capFen !== undefined
              ? '（未达到封顶）'
              : '',
          fixed: formatYuan(fee.fixedFen),
          d0: formatYuan(fee.d0Fen),
          net: formatYuan(fee.netFen),
          effective: formatRate(fee.effectiveRate),
        });
        const list = output.querySelector<HTMLUListElement>('[data-notes]');
        if (list) {
          list.replaceChildren(
            ...notes.map((note) => {
              const li = document.createElement('li');
              li.textContent = note;
              return li;
            }),
          );
          list.hidden = notes.length === 0;
        }
      },
    });
  }
}

/** Brings the fee check (`CheckTool`) to life when it is on the page. */
export function bindCheck(): void {
  const form = document.getElementById('fee-check');
  const output = document.getElementById('check-result');
  if (form instanceof HTMLFormElement && output) {
    bindTool({
      form,
      output,
      fields: CHECK_FIELDS,
      validate: validateCheck,
      render: (result) => {
        const verdict = checkVerdict(result);
        const diff = Math.abs(result.differenceFen ?? 0);
        const texts = {
          'no-contract': '没有填合同费率，所以只能告诉你实际费率。把它和合同里的费率对一对。',
          match: '和按合同算出的手续费一致（相差不超过 1 分钱，可能只是取整方式不同）。',
          over: `比按合同算出的多扣了 ${formatYuan(diff)} 元。先按下面的步骤排查，别急着认定被多收。`,
          under: `比按合同算出的少扣了 ${formatYuan(diff)} 元。可能有优惠活动，或者这笔到账并不只对应这一笔交易。`,
        };
        setOutputs(output, {
          fee: formatYuan(result.implied.feeFen),
          rate: formatRate(result.implied.rate),
          expected: result.expected ? formatYuan(result.expected.totalFen) : '',
          verdict: texts[verdict],
        });
        for (const el of output.querySelectorAll<HTMLElement>('[data-contract]')) el.hidden = !result.expected;
        output.dataset.verdict = verdict;
      },
    });
  }
}

/** Brings the offer comparison (`CompareTool`) to life when it is on the page. */
export function bindCompare(): void {
  const form = document.getElementById('fee-compare');
  const output = document.getElementById('compare-result');
  const table = document.getElementById('compare-table');
  const chart = document.getElementById('compare-chart');
  if (form instanceof HTMLFormElement && output && table instanceof HTMLTableElement && chart instanceof SVGSVGElement) {
    bindTool({
      form,
      output,
      fields: COMPARE_FIELDS,
      validate: validateCompare,
      render: (result) => {
        setOutputs(output, { summary: compareSummary(result) });
        const { head, rows } = compareRows(result);
        fillTable(table, head, rows);
        drawChart(chart, barChart(result.costs, cheapest(result.costs)));
      },
    });
  }
}
