import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../support/build';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal-content');
const WORK = join(TMP, 'diagnosis-errors');
const FILE = 'diagnosis/diagnosis.yaml';

/** Builds the minimal content with the diagnosis changed by `change`. */
async function buildWith(name: string, change: (yaml: string) => string) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  const path = join(dir, 'content', FILE);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return buildSite({ CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') });
}

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

describe('a broken diagnosis stops the build and names the file and the step', () => {
  it('an answer pointing at a step that does not exist', async () => {
    const result = await buildWith('dangling', (t) => t.replace('  no: end-holiday', '  no: end-nowhere'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('diagnosis.yaml');
    expect(result.output).toContain('步骤 holiday-check 的 no');
    expect(result.output).toContain('end-nowhere');
  });

  it('an ending whose cause is not a cause entry, and one without actions', async () => {
    const result = await buildWith('ending', (t) =>
      t.replace('cause: holiday-t1', 'cause: moon-phase').replace('  actions:\n    - 到节后第一个工作日再查结算卡\n', ''),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('步骤 end-holiday 的 cause');
    expect(result.output).toContain('moon-phase');
    expect(result.output).toContain('步骤 end-holiday 的 actions');
  });
});
