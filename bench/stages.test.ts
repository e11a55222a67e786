import { describe, expect, it } from 'vitest';
import { buildStages } from './stages';

const TIMER = {
  'Sync content layer': { elapsedTime: 900 },
  'Prerender build': { elapsedTime: 8000 },
  'Client build': { elapsedTime: 100 },
  'Static generate': { elapsedTime: 17000 },
  'Total build': { elapsedTime: 46000 },
};
const LOG =
  '22:35:10 [site:pagefind] Indexed 2231 pages in 18000 ms (reading 700 ms, adding 6300 ms, writing 11000 ms; 40000 word positions per index file)';

describe('buildStages', () => {
  it('splits the wall time into the stages that add up to it', () => {
    const stages = buildStages(49000, TIMER, LOG);
    expect(stages).toEqual({
      startup: 3000,
      contentSync: 900,
      bundle: 8100,
      render: 17000,
      pagefind: 18000,
      pagefindParts: { reading: 700, adding: 6300, writing: 11000 },
      other: 2000,
    });
    const { pagefindParts: _, ...parts } = stages;
    expect(Object.values(parts).reduce((a, b) => a + b)).toBe(49000);
  });

  it('refuses a build without the figures it needs', () => {
    expect(() => buildStages(1, {}, LOG)).toThrow(/Total build/);
    expect(() => buildStages(1, TIMER, 'no pagefind here')).toThrow(/Pagefind timing line/);
  });
});
