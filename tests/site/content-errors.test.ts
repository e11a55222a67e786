import { cpSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../support/build';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal-content');
const WORK = join(TMP, 'content-errors');

/** Copies the minimal valid content, lets a case break it, and builds it in a folder of its own. */
async function buildBroken(name: string, breakIt: (dir: string) => void) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  return buildSite({
    CONTENT_DIR: join(dir, 'content'),
    OUT_DIR: join(dir, 'dist'),
    ASTRO_CACHE_DIR: join(dir, 'cache'),
  });
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

describe('content errors stop the build and name the file and the field', () => {
  it('builds the untouched fixture', async () => {
    const result = await buildBroken('valid', () => {});
    expect(result.status, result.output).toBe(0);
  });

  it.each([
    [
      'a malformed field',
      'faq/what-is-settlement-failure.mdx',
      (t: string) => t.replace('popularity: 1', 'popularity: 很高'),
      'popularity',
    ],
    ['a missing required field', 'faq/what-is-settlement-failure.mdx', (t: string) => t.replace(/^answer: .*$/m, ''), 'answer'],
    [
      'an unknown enum value',
      'prevention/sign-in-daily.mdx',
      (t: string) => t.replace('frequency: daily', 'frequency: hourly'),
      'frequency',
    ],
    ['a bad date', 'glossary/settlement.mdx', (t: string) => t.replace('updated: 2026-11-25', 'updated: 下个月'), 'updated'],
  ])('%s', async (_case, file, change, field) => {
    const result = await buildBroken(field, (dir) => {
      edit(dir, file, change);
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(file.split('/')[1]);
    expect(result.output).toContain(field);
  });

  it('a dangling related reference', async () => {
    const result = await buildBroken('dangling', (dir) => {
      edit(dir, 'faq/what-is-settlement-failure.mdx', (t) => t.replace('glossary/settlement', 'glossary/no-such-term'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('what-is-settlement-failure.mdx');
    expect(result.output).toContain('related[1]');
    expect(result.output).toContain('glossary/no-such-term');
  });

  it('two entries with the same slug', async () => {
    const result = await buildBroken('duplicate', (dir) => {
      cpSync(join(dir, 'faq/what-is-settlement-failure.mdx'), join(dir, 'faq/what-is-settlement-failure.md'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('what-is-settlement-failure.md');
    expect(result.output).toContain('文件名');
  });

  it('a review stage in a state that does not exist', async () => {
    const result = await buildBroken('review-state', (dir) => {
      edit(dir, 'review/review.yaml', (t) => t.replace('state: onboarding', 'state: approved'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('review/review.yaml');
    expect(result.output).toMatch(/stages\.2\.state: 状态只能是/);
  });

  it('no review process file', async () => {
    const result = await buildBroken('review-missing', (dir) => {
      unlinkSync(join(dir, 'review/review.yaml'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('review/review.yaml');
    expect(result.output).toContain('找不到审核流程的数据文件');
  });

  it('a merchant type pointing at an unknown channel', async () => {
    const result = await buildBroken('channel', (dir) => {
      edit(dir, 'requirements/geti.mdx', (t) => t.replace('  - official-website', '  - official-website\n  - carrier-pigeon'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('geti.mdx');
    expect(result.output).toContain('channels[1]');
  });
});
