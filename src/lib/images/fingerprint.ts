import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FONT_PACKAGE } from './fonts';

/** The libraries whose versions decide the pixels. */
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-js', 'qrcode', 'harfbuzzjs', FONT_PACKAGE];

/**
 * A hash of the drawing code (this folder, tests aside) and the drawing libraries' versions:
 * part of every cache key, so changing how images are drawn draws them again.
 */
export function drawingFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  const folder = join(projectRoot, 'src/lib/images');
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    .sort()) {
    hash.update(name).update(readFileSync(join(folder, name)));
  }
  const require = createRequire(join(projectRoot, 'package.json'));
  for (const name of DRAWING_PACKAGES) {
    let version = 'missing';
    try {
      version = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    } catch {
      // Reported by the drawing itself, naming the page, if the package is needed and absent.
    }
    hash.update(`${name}@${version}`);
  }
  return hash.digest('hex').slice(0, 16);
}
