import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { diagnosisStepSchema } from '../../schemas/diagnosis';
import { checkDiagnosis, endsOf, questionsAhead, symptomsOf } from './graph';

const ROOT = join(import.meta.dirname, '../../..');
const FILE = 'content/diagnosis/diagnosis.yaml';
const raw = yaml.load(readFileSync(join(ROOT, FILE), 'utf8')) as unknown[];
const steps = raw.map((item) => diagnosisStepSchema.parse(item));
const causes = readdirSync(join(ROOT, 'content/causes')).map((f) => f.replace(/\.mdx?$/, ''));

describe('the authored diagnosis', () => {
  it('passes every graph check', () => {
    expect(checkDiagnosis(steps, { file: FILE, causes })).toEqual([]);
  });

  it('starts from the six symptoms merchants report', () => {
    expect(symptomsOf(steps).map((s) => s.id)).toEqual([
      'no-money',
      'partial-money',
      'settlement-failed',
      'cannot-connect',
      'shows-frozen',
      'holiday',
    ]);
  });

  it('ends at ten or more distinct causes, each a cause entry', () => {
    const ended = new Set(endsOf(steps).map((e) => e.cause));
    expect(ended.size).toBeGreaterThanOrEqual(10);
    for (const cause of ended) expect(causes).toContain(cause);
  });

  // Eleven on the longest path (钱只到了一部分): the money is checked first (fees and refunds,
  // chargebacks, holidays), then device → network → account → system. Most paths end far sooner.
  it('asks at most eleven questions on any path, a how-to-find-out step not counting as a new one', () => {
    const ahead = questionsAhead(steps);
    for (const s of symptomsOf(steps)) expect(ahead.get(s.id), s.id).toBeLessThanOrEqual(11);
  });
});
