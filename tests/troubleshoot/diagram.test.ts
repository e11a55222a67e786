import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from '../support/browser';
import { DIST, ROOT } from '../support/build';
import { startServer, type StaticServer } from '../support/server';
import { segmentCrossesBox, type Point } from '../../src/lib/diagnosis/diagram';
import { closeAll } from '../support/teardown';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
  context = await newContext(browser, { ...PHONE, viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  await page.goto(`${server.origin}/troubleshoot/checklist/`);
  // Every drawing open, as a reader who taps them all would see them.
  await page.evaluate(() => {
    document.querySelectorAll('details.diagram').forEach((d) => {
      d.setAttribute('open', '');
    });
  });
});

afterAll(async () => {
  await closeAll(context, browser, server);
});

interface Drawn {
  id: string;
  width: number;
  viewBoxWidth: number;
  boxes: { id: string; x: number; y: number; w: number; h: number }[];
  edges: { from: string; to: string; points: Point[] }[];
}

describe('the diagnosis drawings on a 390 px phone', () => {
  it('open without sideways scrolling, each at full size', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const sizes = await page.locator('svg[data-diagram]').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        id: svg.getAttribute('data-diagram'),
        shown: svg.getBoundingClientRect().width,
        drawn: (svg as SVGSVGElement).viewBox.baseVal.width,
      })),
    );
    expect(sizes.length).toBe(6);
    for (const s of sizes) {
      expect(s.shown, `${s.id} is scaled down`).toBeGreaterThanOrEqual(s.drawn - 0.5);
      expect(s.shown, `${s.id} is wider than the screen`).toBeLessThanOrEqual(390);
    }
    mkdirSync(join(ROOT, 'shots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'shots', 'troubleshoot-diagrams-390.png'), fullPage: true });
  });

  it('draw no arrow across a box other than the two it connects', async () => {
    const drawn: Drawn[] = await page.locator('svg[data-diagram]').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        id: svg.getAttribute('data-diagram') ?? '',
        width: svg.getBoundingClientRect().width,
        viewBoxWidth: (svg as SVGSVGElement).viewBox.baseVal.width,
        boxes: [...svg.querySelectorAll('[data-node]')].map((g) => {
          const r = g.querySelector('rect')!;
          return {
            id: g.getAttribute('data-node') ?? '',
            x: +r.getAttribute('x')!,
            y: +r.getAttribute('y')!,
            w: +r.getAttribute('width')!,
            h: +r.getAttribute('height')!,
          };
        }),
        edges: [...svg.querySelectorAll('path[data-from]')].map((p) => ({
          from: p.getAttribute('data-from') ?? '',
          to: p.getAttribute('data-to') ?? '',
          points: [...(p.getAttribute('d') ?? '').matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) })),
        })),
      })),
    );
    const crossings: string[] = [];
    for (const d of drawn) {
      expect(d.edges.length, d.id).toBeGreaterThan(0);
      for (const e of d.edges) {
        expect(e.points.length, `${e.from} → ${e.to}`).toBeGreaterThanOrEqual(2);
        for (let i = 0; i < e.points.length - 1; i++)
          for (const b of d.boxes)
            if (b.id !== e.from && b.id !== e.to && segmentCrossesBox(e.points[i]!, e.points[i + 1]!, b))
              crossings.push(`${d.id}: ${e.from} → ${e.to} 穿过 ${b.id}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
