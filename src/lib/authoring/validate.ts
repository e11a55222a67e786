import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { SECTION_PARSERS } from '../../schemas/collections';
import { useChineseMessages } from '../../schemas/locale';
import { SECTIONS, type Section } from '../../schemas/sections';
import { checkFileNames, runContentChecks, type ContentProblem } from '../content/checks';
import { allEntries, emptySiteContent, fileOf, keyOf, type SectionEntry, type SiteContent } from '../content/types';
import { lineOfField, parseEntryFile } from './frontmatter';
import { describeIssue } from './issues';
import { lintBody, lintDates, lintText } from './lint';
import { checkRedirectTargets, parseRedirects, REDIRECTS_FILE } from '../deploy/redirects';
import { diagnosisStepSchema, type DiagnosisStep } from '../../schemas/diagnosis';
import { autocorrectFindings } from './autocorrect';
import { checkCodeRouting, type RoutedEntry } from './code-routing';
import { lintData, lintEntry } from './editorial';
import { nearDuplicates } from './near-duplicates';
import { REVIEW_FILE, reviewProcessSchema } from '../../schemas/review';
import { lineOfPath } from './yaml-lines';

export interface ValidationResult {
  problems: ContentProblem[];
  content: SiteContent;
  /** Raw text of each entry by `collection/id`, for reports. */
  bodies: Map<string, string>;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
}

/**
 * Entries that exist but failed their schema are added to `unparsed`, so that a reference to
 * them is not reported as well: one mistake, one message.
 */
function validateMdx<C extends Section>(
  section: C,
  dir: string,
  file: string,
  shown: string,
  problems: ContentProblem[],
  unparsed: Set<string>,
): SectionEntry<C> | undefined {
  const text = readFileSync(join(dir, file), 'utf8');
  const parsed = parseEntryFile(text);
  if (parsed.yamlError) {
    problems.push({
      file: shown,
      line: parsed.yamlError.line,
      field: 'front matter',
      message: parsed.yamlError.message,
      fix: '修正这一行附近的格式',
    });
    return undefined;
  }
  if (!parsed.frontMatter) {
    problems.push({
      file: shown,
      line: 1,
      field: 'front matter',
      message: '文件开头缺少 front matter（--- 包起来的字段区）',
      fix: '用 npm run new 生成一个模板再填写',
    });
    return undefined;
  }
  const lint = [
    ...lintDates(parsed.frontMatter),
    ...lintText(parsed.frontMatter, 2, 'front matter'),
    ...lintText(parsed.body, parsed.bodyLine, '正文'),
    ...lintBody(parsed.body, parsed.bodyLine),
    ...lintEntry({ section, data: parsed.data, frontMatter: parsed.frontMatter, body: parsed.body, bodyLine: parsed.bodyLine }),
    ...autocorrectFindings(text, file),
  ];
  problems.push(...lint.map((f) => ({ file: shown, ...f })));
  const id = file.replace(/\.mdx?$/, '');
  const result = SECTION_PARSERS[section](parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const described = describeIssue(issue, parsed.data);
      problems.push({ file: shown, line: lineOfField(parsed.frontMatter, described.field), ...described });
    }
    unparsed.add(keyOf({ collection: section, id }));
    return undefined;
  }
  return { id, collection: section, filePath: shown, data: result.data };
}

/** A YAML syntax error, said with its line. */
function yamlProblem(error: unknown, file: string): ContentProblem {
  const e = error as { mark?: { line: number }; reason?: string };
  return {
    file,
    line: (e.mark?.line ?? 0) + 1,
    field: 'YAML',
    message: `YAML 格式错误（${e.reason ?? '无法解析'}）`,
    fix: '检查缩进和冒号',
  };
}

function validateYamlList<C extends Section>(
  section: C,
  dir: string,
  file: string,
  shown: string,
  problems: ContentProblem[],
  unparsed: Set<string>,
): SectionEntry<C>[] {
  const text = readFileSync(join(dir, file), 'utf8');
  let items: unknown;
  try {
    items = yaml.load(text);
  } catch (error) {
    problems.push(yamlProblem(error, shown));
    return [];
  }
  if (!Array.isArray(items)) {
    problems.push({ file: shown, line: 1, field: 'YAML', message: '应是一个列表，每项以 "- id:" 开头', fix: '参考现有条目的写法' });
    return [];
  }
  const itemLines = text.split('\n').flatMap((l, i) => (l.startsWith('- ') ? [i + 1] : []));
  problems.push(...[...lintText(text, 1, 'YAML'), ...autocorrectFindings(text, file)].map((f) => ({ file: shown, ...f })));
  const entries: SectionEntry<C>[] = [];
  const seen = new Set<string>();
  items.forEach((item: unknown, i) => {
    const result = SECTION_PARSERS[section](item);
    const line = itemLines[i] ?? 1;
    if (!result.success) {
      for (const issue of result.error.issues) {
        const described = describeIssue(issue, item);
        problems.push({ file: shown, line, ...described, field: `[${i}].${described.field}` });
      }
      if (typeof item === 'object' && item !== null && 'id' in item) unparsed.add(keyOf({ collection: section, id: String(item.id) }));
      return;
    }
    const data = result.data;
    const id = 'id' in data ? data.id : String(i);
    if (seen.has(id)) problems.push({ file: shown, line, field: `[${i}].id`, message: `编号 ${id} 重复`, fix: '每个编号只能出现一次' });
    seen.add(id);
    entries.push({ id, collection: section, filePath: shown, data });
  });
  return entries;
}

/**
 * The retired-address list, checked against the entries: an entry's address must not be retired
 * while the entry exists, and a retired address must lead to an existing entry or section.
 * Targets that are not entry pages (tools, the troubleshooter) are checked by the build.
 */
function validateRedirects(contentDir: string, root: string, content: SiteContent): ContentProblem[] {
  const path = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(path)) return [];
  const shown = relative(root, path);
  const { redirects, problems, lines } = parseRedirects(readFileSync(path, 'utf8'), shown);
  const entryPaths = new Set(SECTIONS.flatMap((s) => [`/${s}/`, ...content[s].map((e) => `/${s}/${e.id}/`)]));
  const isEntryShaped = (p: string) => SECTIONS.some((s) => p.startsWith(`/${s}/`));
  const targets = checkRedirectTargets(
    redirects,
    shown,
    (p) => (isEntryShaped(p) ? entryPaths.has(p) : !redirects.some((r) => r.from === p)),
    lines,
  );
  return [...problems, ...targets, ...autocorrectFindings(readFileSync(path, 'utf8'), path).map((f) => ({ file: shown, ...f }))];
}

/**
 * The review process (`content/review/review.yaml`): one document shown on /channels/, checked by
 * its schema and by the same text rules as the entries.
 */
function validateReview(contentDir: string, root: string): ContentProblem[] {
  const path = join(contentDir, REVIEW_FILE);
  const file = relative(root, path);
  if (!existsSync(path)) {
    return [
      {
        file,
        line: 1,
        field: '文件',
        message: '找不到审核流程的数据文件',
        fix: `“怎么申请 POS 机”页面的审核流程从这里生成：恢复 ${REVIEW_FILE}`,
      },
    ];
  }
  const text = readFileSync(path, 'utf8');
  const problems = [...lintText(text, 1, 'YAML'), ...autocorrectFindings(text, path)].map((f) => ({ file, ...f }));
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    return [...problems, yamlProblem(error, file)];
  }
  problems.push(...lintData(data, text).map((f) => ({ file, ...f })));
  const result = reviewProcessSchema.safeParse(data);
  for (const issue of result.error?.issues ?? []) {
    problems.push({ file, line: lineOfPath(text, issue.path), ...describeIssue(issue, data) });
  }
  return problems;
}

export const DIAGNOSIS_FILE = 'diagnosis/diagnosis.yaml';

/** The guided diagnosis as written, for the rules that read it with the entries (its graph is checked by the build). */
function readDiagnosis(contentDir: string, root: string, problems: ContentProblem[]): { file: string; steps: DiagnosisStep[] } {
  const path = join(contentDir, DIAGNOSIS_FILE);
  const file = relative(root, path);
  if (!existsSync(path)) return { file, steps: [] };
  const text = readFileSync(path, 'utf8');
  problems.push(...autocorrectFindings(text, path).map((f) => ({ file, ...f })));
  let items: unknown;
  try {
    items = yaml.load(text);
  } catch {
    return { file, steps: [] };
  }
  const steps = (Array.isArray(items) ? items : []).flatMap((item) => {
    const result = diagnosisStepSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
  return { file, steps };
}

/**
 * Checks all content the way the build will, but says every problem at once, with file, line,
 * field and how to fix it, and adds the editorial lint rules. Besides the sections it checks the
 * retired addresses and the review process, and reads the diagnosis for the code-routing rule
 * (its graph is checked by the build).
 */
export function validateContent(contentDir: string, root: string = process.cwd()): ValidationResult {
  useChineseMessages();
  const problems: ContentProblem[] = [];
  const content = emptySiteContent();
  const unparsed = new Set<string>();
  const bodies = new Map<string, string>();
  const frontMatters = new Map<string, string>();
  const collect = <C extends Section>(section: C, into: SectionEntry<C>[]) => {
    const dir = join(contentDir, section);
    if (!existsSync(dir)) return;
    const files = mdxFiles(dir);
    for (const problem of checkFileNames(section, files))
      problems.push({ ...problem, file: relative(root, join(contentDir, problem.file.replace(/^content\//, ''))) });
    for (const file of files) {
      const shown = relative(root, join(dir, file));
      const entry = validateMdx(section, dir, file, shown, problems, unparsed);
      const text = readFileSync(join(dir, file), 'utf8');
      bodies.set(keyOf({ collection: section, id: file.replace(/\.mdx?$/, '') }), text);
      frontMatters.set(shown, parseEntryFile(text).frontMatter);
      if (entry) into.push(entry);
    }
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      into.push(...validateYamlList(section, dir, file, relative(root, join(dir, file)), problems, unparsed));
    }
  };
  for (const section of SECTIONS) collect(section, content[section]);
  for (const problem of runContentChecks(content, unparsed)) {
    problems.push({ ...problem, line: problem.line ?? lineOfField(frontMatters.get(problem.file) ?? '', problem.field) });
  }
  problems.push(...validateRedirects(contentDir, root, content));
  problems.push(...validateReview(contentDir, root));
  problems.push(...nearDuplicates(allEntries(content)));
  const diagnosis = readDiagnosis(contentDir, root, problems);
  const routed = allEntries(content).flatMap((entry): RoutedEntry[] => {
    const text = entry.collection === 'codes' ? undefined : bodies.get(keyOf(entry));
    if (text === undefined) return [];
    const { data, body } = parseEntryFile(text);
    const contact = entry.collection === 'causes' ? { contact: entry.data.contact } : {};
    return [{ ref: keyOf(entry), file: fileOf(entry), ...contact, related: entry.data.related, data, body }];
  });
  const codes = content.codes.map((e) => e.data);
  const codesFile = content.codes[0]?.filePath ?? 'content/codes/codes.yaml';
  problems.push(...checkCodeRouting(codes, routed, diagnosis, codesFile));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, content, bodies };
}
