import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/support/browser';
import { median } from './measure';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse mobile scores (0–100) for each path, the median of `runs` runs. */
export async function lighthouseScores(origin: string, paths: string[], runs: number): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const results: LighthouseScores[] = [];
    for (const path of paths) {
      const samples: Record<string, number[]> = {};
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile' });
        const categories = result?.lhr.categories ?? {};
        for (const key of CATEGORIES) (samples[key] ??= []).push(Math.round((categories[key]?.score ?? 0) * 100));
      }
      results.push({
        path,
        performance: median(samples.performance!),
        accessibility: median(samples.accessibility!),
        bestPractices: median(samples['best-practices']!),
        seo: median(samples.seo!),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
