import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Nu Html Checker, the W3C's own validator, from the vnu-jar package. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * CSS the checker's own CSS validator does not know yet, though browsers do. It reads each page's
 * inline `<style>` (the build inlines every page's CSS): `paint-order` (CSS Fill and Stroke)
 * gives the diagram's labels their halo.
 */
const UNKNOWN_TO_THE_CHECKER = ["CSS: “paint-order”: Property “paint-order” doesn't exist."];

export interface NuError {
  /** Site path of the page, e.g. `/faq/x/index.html`. */
  page: string;
  line?: number | undefined;
  message: string;
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Runs the Nu Html Checker over every HTML file under `root` and returns its errors (warnings are
 * left out: they are advice, such as the checker's own reading of the CSP on `file:` URLs).
 */
export function checkWithNu(root: string): { pages: number; errors: NuError[] } {
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'Java is missing: the Nu Html Checker runs on it. Run "bash scripts/ensure-java.sh" (apt-get install default-jre-headless).',
    );
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', root], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu Html Checker did not answer in JSON:\n${run.stderr.slice(0, 4000)}`);
  }
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .filter((m) => !UNKNOWN_TO_THE_CHECKER.includes(m.message))
    .map((m) => ({
      page: m.url?.startsWith('file:') ? `/${relative(root, fileURLToPath(m.url)).split(sep).join('/')}` : (m.url ?? root),
      line: m.lastLine,
      message: m.message,
    }));
  return { pages, errors };
}
