import { describe, expect, it } from 'vitest';
import { formatTimings, type FileTiming } from './file-timings';

const timing = (file: string, load: number, run: number, state = 'passed'): FileTiming => ({
  file,
  project: 'site',
  total: load + run,
  load,
  run,
  state,
});

describe('formatTimings', () => {
  it('lists every file, slowest first, with load and run time in seconds', () => {
    const text = formatTimings([timing('tests/a.test.ts', 500, 1500), timing('tests/b.test.ts', 1000, 60_000, 'failed')], 65_000);
    const lines = text.split('\n');
    expect(lines[0]).toContain('2 files; the whole run took 65.0 s');
    expect(lines[2]).toMatch(/^\s+61\.0 s\s+1\.0 s\s+60\.0 s\s+tests\/b\.test\.ts\s+site\s+FAILED$/);
    expect(lines[3]).toMatch(/^\s+2\.0 s\s+0\.5 s\s+1\.5 s\s+tests\/a\.test\.ts\s+site$/);
  });
});
