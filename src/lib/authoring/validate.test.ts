import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentReport } from './report';
import { validateContent } from './validate';

const FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/minimal-content');
let dir: string;

function fixture(): string {
  dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('validateContent', () => {
  it('finds nothing wrong in the minimal fixture', () => {
    const { problems, content } = validateContent(fixture(), dir);
    expect(problems).toEqual([]);
    expect(content.faq.map((e) => e.id)).toEqual(['what-is-settlement-failure']);
  });

  it.each([
    ['missing field', 'faq/what-is-settlement-failure.mdx', (t: string) => t.replace(/^answer: .*\n/m, ''), 'answer', /缺少必填字段/],
    [
      'wrong type',
      'faq/what-is-settlement-failure.mdx',
      (t: string) => t.replace('popularity: 1', 'popularity: 很高'),
      'popularity',
      /类型不对/,
    ],
    [
      'unknown enum',
      'prevention/sign-in-daily.mdx',
      (t: string) => t.replace('area: operation', 'area: kitchen'),
      'area',
      /不在允许的范围/,
    ],
    [
      'dangling reference',
      'faq/what-is-settlement-failure.mdx',
      (t: string) => t.replace('glossary/settlement', 'glossary/nope'),
      'related[1]',
      /不存在/,
    ],
    ['misspelling', 'glossary/settlement.mdx', (t: string) => t.replace('结算是商户', '炸骗是商户'), '正文', /炸骗/],
    [
      'unsourced entry',
      'brands/payment-licence.mdx',
      (t: string) => t.replace(/sources:\n {2}- title: .*\n/, 'sources: []\n'),
      'sources',
      /来源/,
    ],
    [
      'bad date',
      'guides/settlement-check-order.mdx',
      (t: string) => t.replace('updated: 2026-11-25', 'updated: 2026-02-30'),
      'updated',
      /不是真实存在的日期/,
    ],
    [
      'unknown field',
      'guides/settlement-check-order.mdx',
      (t: string) => t.replace('updated:', 'updatd: 2026-11-25\nupdated:'),
      'updatd',
      /不认识的字段/,
    ],
  ])('reports a %s with file, line, field and a fix', (_kind, file, change, field, message) => {
    fixture();
    edit(file, change);
    const { problems } = validateContent(dir, dir);
    const problem = problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(problem?.file).toBe(file);
    expect(problem?.message).toMatch(message);
    expect(problem?.fix?.length).toBeGreaterThan(0);
    expect(problem?.line).toBeGreaterThan(0);
  });

  it('reports two files with the same slug', () => {
    fixture();
    cpSync(join(dir, 'faq/what-is-settlement-failure.mdx'), join(dir, 'faq/what-is-settlement-failure.md'));
    const { problems } = validateContent(dir, dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'faq/what-is-settlement-failure.mdx', field: '文件名' }));
  });

  it('reports a broken YAML front matter in plain words with its line', () => {
    fixture();
    edit('faq/what-is-settlement-failure.mdx', (t) => t.replace('category: settlement', 'category settlement: : ['));
    const problem = validateContent(dir, dir).problems.find((p) => p.file === 'faq/what-is-settlement-failure.mdx');
    expect(problem?.message).toMatch(/YAML 格式错误/);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('does not repeat one mistake as a dangling reference elsewhere', () => {
    fixture();
    edit('glossary/settlement.mdx', (t) => t.replace('updated:', 'pinyin: 结算\nupdated:'));
    const { problems } = validateContent(dir, dir);
    expect(problems.map((p) => p.field)).toEqual(['pinyin']);
  });

  it('reports a bad response code item by index', () => {
    fixture();
    edit('codes/codes.yaml', (t) => t.replace('agreement: agree\n  signInAgain', 'agreement: maybe\n  signInAgain'));
    const { problems } = validateContent(dir, dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'codes/codes.yaml', field: '[1].agreement' })]);
  });
});

describe('validateContent on the review process', () => {
  const REVIEW = 'review/review.yaml';

  it.each([
    ['an unknown state', (t: string) => t.replace('state: onboarding', 'state: approved'), 'stages[2].state', /不在允许的范围/, 20],
    [
      'a rejection in a stage that does not exist',
      (t: string) => t.replace('stage: submit', 'stage: nowhere'),
      'rejections[5].stage',
      /环节 "nowhere" 不存在/,
      57,
    ],
    ['a missing field', (t: string) => t.replace(/^rejected: .*$/m, ''), 'rejected', /缺少必填字段/, 1],
    ['English on the page', (t: string) => t.replace('保持电话畅通', '保持 phone 畅通'), 'tip', /英文“phone”/, 16],
    ['an AutoCorrect finding', (t: string) => t.replace('第 9 号', '第9号'), 'AutoCorrect', /中文排版/, 64],
    ['a risky promise', (t: string) => t.replace('一般可以重新提交', '保证到账'), 'YAML', /不能对商户做的承诺/, 31],
  ])('reports %s with the file, line, field and a fix', (_kind, change, field, message, line) => {
    fixture();
    edit(REVIEW, change);
    const { problems } = validateContent(dir, dir);
    expect(problems, JSON.stringify(problems, null, 1)).toEqual([
      expect.objectContaining({ file: REVIEW, field, message: expect.stringMatching(message), line, fix: expect.any(String) }),
    ]);
  });

  it('reports a missing file and a broken one', () => {
    fixture();
    edit(REVIEW, (t) => t.replace('  - id: review\n', '  - id: review\n  title: : [\n'));
    expect(validateContent(dir, dir).problems).toEqual([
      expect.objectContaining({ file: REVIEW, field: 'YAML', message: expect.stringMatching(/YAML 格式错误/) }),
    ]);
    rmSync(join(dir, REVIEW));
    expect(validateContent(dir, dir).problems).toEqual([
      expect.objectContaining({ file: REVIEW, field: '文件', message: '找不到审核流程的数据文件' }),
    ]);
  });
});

describe('contentReport', () => {
  it('lists a stale entry, entries without aliases, orphans and counts', () => {
    fixture();
    edit('brands/payment-licence.mdx', (t) => t.replace('updated: 2026-11-25', 'updated: 2026-11-25\nreviewBy: 2026-01-01'));
    const { content, bodies } = validateContent(dir, dir);
    const report = contentReport(content, bodies, new Date('2026-11-25T00:00:00Z'));
    expect(report.stale).toEqual([{ ref: 'brands/payment-licence', file: 'brands/payment-licence.mdx', reviewBy: '2026-01-01' }]);
    expect(report.withoutAliases).toContain('brands/payment-licence');
    expect(report.withoutAliases).not.toContain('faq/what-is-settlement-failure');
    expect(report.orphans).toContain('brands/payment-licence');
    expect(report.orphans).not.toContain('glossary/settlement');
    expect(report.counts.faq).toBe(1);
    expect(report.counts.codes).toBe(2);
  });
});
