import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FONT_FAMILY } from './theme';

/** Noto Sans SC as TTF files from npm: the same glyphs on every machine, no system font needed. */
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

const FONT_FILES = {
  400: '400Regular/NotoSansSC_400Regular.ttf',
  700: '700Bold/NotoSansSC_700Bold.ttf',
} as const;

export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: keyof typeof FONT_FILES;
  style: 'normal';
}

export class FontMissingError extends Error {
  override name = 'FontMissingError';
}

/**
 * Reads the regular and bold faces, resolving the package from `projectRoot` (the drawing code
 * may run from a bundle outside the project). Not kept: each face is about 10 MB, and drawings
 * get them cut to their characters (`subsetFonts`), so the whole faces are read when a set of
 * images is cut and then let go.
 */
export function loadFonts(projectRoot: string): LoadedFont[] {
  const require = createRequire(join(projectRoot, 'package.json'));
  return Object.entries(FONT_FILES).map(([weight, file]) => {
    const id = `${FONT_PACKAGE}/${file}`;
    let path: string;
    try {
      path = require.resolve(id);
    } catch {
      throw new FontMissingError(`找不到字体文件 ${id}：运行 npm ci 安装依赖（图片只用这个字体绘制）`);
    }
    return { name: FONT_FAMILY, data: readFileSync(path), weight: Number(weight) as LoadedFont['weight'], style: 'normal' };
  });
}
