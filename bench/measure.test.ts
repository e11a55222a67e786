import { describe, expect, it } from 'vitest';
import { median, runMeasured } from './measure';

describe('measure', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('times a command and sees the memory of its children', async () => {
    const script = 'const a = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(a.length), 400);';
    const result = await runMeasured('sh', ['-c', `${process.execPath} -e "${script}"`], {}, process.cwd());
    expect(result.status).toBe(0);
    expect(result.output.trim()).toBe(String(64 * 1024 * 1024));
    expect(result.peakRssMiB).toBeGreaterThan(60);
  });
});
