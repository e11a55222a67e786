import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../support/build';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal-content');
const WORK = join(TMP, 'authoring');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function script(name: string, args: string[], contentDir?: string) {
  const result = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', name), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) },
    encoding: 'utf8',
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

function copyFixture(name: string): string {
  const dir = join(WORK, name, 'content');
  rmSync(join(WORK, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

describe('npm run lint:content', () => {
  it('passes the real content', () => {
    const result = script('content-check.ts', []);
    expect(result.output).toContain('内容检查通过');
    expect(result.status).toBe(0);
  });

  it('fails on a content error, naming file, line, field and the fix', () => {
    const dir = copyFixture('lint');
    const file = join(dir, 'prevention/sign-in-daily.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('frequency: daily', 'frequency: hourly'));
    const result = script('content-check.ts', [], dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/sign-in-daily\.mdx:\d+/);
    expect(result.output).toContain('字段 frequency');
    expect(result.output).toContain('怎么改');
    expect(result.output).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('npm run new and the freshness notice', () => {
  it('scaffolds entries that build, refuses an existing slug, and shows stale pages as possibly outdated', async () => {
    const dir = copyFixture('scaffold');
    for (const collection of ['faq', 'causes', 'prevention']) {
      const created = script('new-entry.ts', [collection, `new-${collection}`], dir);
      expect(created.status, created.output).toBe(0);
      expect(existsSync(join(dir, collection, `new-${collection}.mdx`))).toBe(true);
    }
    expect(script('new-entry.ts', ['faq', 'new-faq'], dir).status).toBe(1);

    const stale = join(dir, 'brands/payment-licence.mdx');
    writeFileSync(stale, readFileSync(stale, 'utf8').replace('updated: 2026-11-25', 'updated: 2026-11-25\nreviewBy: 2026-01-01'));
    const report = script('content-report.ts', [], dir);
    expect(report.output).toContain('brands/payment-licence（复核日期 2026-01-01');
    expect(report.output).toContain('faq/new-faq');

    const out = join(WORK, 'scaffold/dist');
    const result = await buildSite({ CONTENT_DIR: dir, OUT_DIR: out, ASTRO_CACHE_DIR: join(WORK, 'scaffold/cache') });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(existsSync(join(out, 'faq/new-faq/index.html'))).toBe(true);
    expect(readFileSync(join(out, 'brands/payment-licence/index.html'), 'utf8')).toContain('本文可能已过时');
    expect(readFileSync(join(out, 'faq/what-is-settlement-failure/index.html'), 'utf8')).not.toContain('本文可能已过时');
  });
});
