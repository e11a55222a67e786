import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawingFingerprint } from './fingerprint';
import { PROJECT_ROOT } from './test-support';

const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
cpSync(join(PROJECT_ROOT, 'src/lib/images'), join(root, 'src/lib/images'), { recursive: true });
writeFileSync(join(root, 'package.json'), '{}');
symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('drawingFingerprint', () => {
  it('changes when the drawing code changes, and not when a test does', () => {
    const before = drawingFingerprint(root);
    expect(drawingFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'src/lib/images/poster.test.ts'), '// edited');
    expect(drawingFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'src/lib/images/theme.ts'), 'export const COLOURS = {};');
    expect(drawingFingerprint(root)).not.toBe(before);
  });

  it('changes with the drawing libraries installed', () => {
    const withLibraries = drawingFingerprint(root);
    rmSync(join(root, 'node_modules'));
    expect(drawingFingerprint(root)).not.toBe(withLibraries);
  });
});
