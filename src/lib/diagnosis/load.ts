import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection } from 'astro:content';
import yaml from 'js-yaml';
import type { DiagnosisStep } from '../../schemas/diagnosis';
import { ContentError } from '../content/checks';
import { contentDir } from '../deploy/content-dir';
import { getSiteContent } from '../content/site-content';
import { checkDiagnosis, questionsAhead } from './graph';
import type { DiagnosisIndex } from './step-page';

export const DIAGNOSIS_FILE = 'diagnosis/diagnosis.yaml';

let loaded: Promise<DiagnosisStep[]> | undefined;

/** Ids as written, duplicates included: the loader keeps only the last of two equal ids. */
function writtenIds(path: string): string[] {
  try {
    const items = yaml.load(readFileSync(path, 'utf8'));
    return Array.isArray(items) ? items.map((i: { id?: unknown } | null) => String(i?.id)) : [];
  } catch {
    return [];
  }
}

async function load(): Promise<DiagnosisStep[]> {
  const content = await getSiteContent();
  const path = join(contentDir(), DIAGNOSIS_FILE);
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path)) {
    throw new ContentError([{ file, field: '文件', message: '找不到排查流程的数据文件' }]);
  }
  const ids = writtenIds(path);
  // The data store does not keep the file's order; the checklist and the diagram follow it.
  const order = (id: string) => ids.indexOf(id);
  const steps = (await getCollection('diagnosis')).map((e) => e.data).sort((a, b) => order(a.id) - order(b.id));
  const problems = checkDiagnosis(steps, { file, causes: content.causes.map((e) => e.id), ids });
  if (problems.length > 0) throw new ContentError(problems);
  return steps;
}

/** The diagnosis steps in the order written, after the graph passed its checks (else the build stops). */
export function getDiagnosis(): Promise<DiagnosisStep[]> {
  loaded ??= load();
  return loaded;
}

let indexed: Promise<DiagnosisIndex> | undefined;

async function index(): Promise<DiagnosisIndex> {
  const steps = await getDiagnosis();
  const byId = new Map(steps.map((s) => [s.id, s]));
  const ahead = questionsAhead(steps);
  const causes = new Map((await getSiteContent()).causes.map((c) => [c.id, c]));
  return {
    step: (id) => byId.get(id),
    ahead: (id) => ahead.get(id) ?? 0,
    cause: (id) => causes.get(id),
  };
}

/** The steps by id, the questions ahead of each and the cause titles, computed once per build. */
export function getDiagnosisIndex(): Promise<DiagnosisIndex> {
  indexed ??= index();
  return indexed;
}
