import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_PACKAGE, FontMissingError, loadFonts } from './fonts';
import { PROJECT_ROOT } from './test-support';

describe('loadFonts', () => {
  it('reads the regular and bold faces from npm', () => {
    const fonts = loadFonts(PROJECT_ROOT);
    expect(fonts.map((f) => f.weight)).toEqual([400, 700]);
    for (const font of fonts) expect(font.data.length).toBeGreaterThan(1_000_000);
  });

  it('names the missing font file and the fix when the package is not installed', () => {
    const root = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    try {
      writeFileSync(join(root, 'package.json'), '{}');
      expect(() => loadFonts(root)).toThrow(FontMissingError);
      expect(() => loadFonts(root)).toThrow(new RegExp(`${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular\\.ttf.*npm ci`));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
