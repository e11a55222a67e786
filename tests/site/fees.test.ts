import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { builtPages, readPage } from '../support/dist';
import { authoredEntries, frontMatter } from '../support/content';
import { FEE_TOOLS } from '../../src/schemas/fees';

const text = (path: string) => parse(readPage(path)).querySelector('main')?.textContent.replace(/\s+/g, ' ') ?? '';

describe('the fee pages', () => {
  it('builds the index, every tool and every fee entry once', () => {
    const pages = builtPages();
    expect(pages).toContain('/fees/');
    for (const tool of Object.keys(FEE_TOOLS)) expect(pages).toContain(`/fees/${tool}/`);
    for (const { id } of authoredEntries().filter((e) => e.collection === 'fees')) expect(pages).toContain(`/fees/${id}/`);
  });

  it('keeps the card-fee-caps entry that other pages link to', () => {
    expect(builtPages()).toContain('/fees/card-fee-caps/');
  });

  it('renders every published ceiling of the rules data on the rules page', () => {
    const rules = frontMatter('fees', 'card-fee-caps').rules as { id: string; maxRatePercent?: number; capYuan?: number }[];
    const html = readPage('/fees/card-fee-caps/');
    const root = parse(html);
    for (const rule of rules) {
      const row = root.querySelector(`#rule-${rule.id}`);
      expect(row, rule.id).not.toBeNull();
      if (rule.maxRatePercent !== undefined) expect(row?.textContent).toContain(`${rule.maxRatePercent}%`);
      if (rule.capYuan !== undefined) expect(row?.textContent).toContain(`${rule.capYuan.toFixed(2)} 元`);
    }
  });

  it('shows the 2021 cut as computed ceilings with unchanged caps', () => {
    const page = text('/fees/');
    expect(page).toContain('0.315%，封顶 13.00 元');
    expect(page).toContain('0.0585%，封顶 6.50 元');
    expect(page).toMatch(/之后是否正式延续，我们没有查到明确文件/);
  });

  it('states the rounding rule and a worked example on the calculator page, without JavaScript', () => {
    const page = text('/fees/calculator/');
    expect(page).toContain('四舍五入到分');
    expect(page).toMatch(/10,000\.00 × 0\.5% = 50\.00 元，超过封顶，只收 20\.00 元/);
    expect(page).toContain('应到账 9,980.00 元');
    expect(page).toContain('没有开启 JavaScript');
  });

  it('ties every tool input to its message slot and keeps the result hidden until computed', () => {
    for (const tool of Object.keys(FEE_TOOLS)) {
      const root = parse(readPage(`/fees/${tool}/`));
      const inputs = root.querySelectorAll('form input[type="text"]');
      expect(inputs.length, tool).toBeGreaterThan(1);
      for (const input of inputs) {
        const errorId = input.getAttribute('data-error-id');
        expect(errorId && root.getElementById(errorId), `${tool} ${input.id}`).toBeTruthy();
        expect(root.querySelector(`label[for="${input.id}"]`), `${tool} ${input.id}`).not.toBeNull();
      }
      expect(root.querySelector('section.result')?.hasAttribute('hidden'), tool).toBe(true);
    }
  });

  it('draws the comparison example as SVG at build time, with no inline style', () => {
    const html = readPage('/fees/compare/');
    const root = parse(html);
    const charts = root.querySelectorAll('svg.fee-chart');
    expect(charts.length).toBe(2);
    expect(charts.some((c) => c.querySelectorAll('rect.seg').length >= 2)).toBe(true);
    for (const page of ['/fees/', '/fees/calculator/', '/fees/compare/', '/fees/check/']) {
      const doc = readPage(page);
      expect(doc, page).not.toMatch(/\sstyle=/);
      expect(doc, page).not.toMatch(/<script(?![^>]*\b(src=|data-inlined-from=|type="application\/ld\+json"))[^>]*>/);
      expect(doc, page).not.toMatch(/\son[a-z]+=/);
    }
  });
});
