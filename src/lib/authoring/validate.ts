import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { SECTION_SCHEMAS } from '../../schemas/collections';
import { useChineseMessages } from '../../schemas/locale';
import { SECTIONS, type Section } from '../../schemas/sections';
import { checkFileNames, runContentChecks, type ContentEntry, type ContentProblem, type SiteContent } from '../content/checks';
import { lineOfField, parseEntryFile } from './frontmatter';
import { describeIssue } from './issues';
import { lintBody, lintDates, lintText } from './lint';
import { checkRedirectTargets, parseRedirects, REDIRECTS_FILE } from '../deploy/redirects';

export interface ValidationResult {
  problems: ContentProblem[];
  content: SiteContent;
  /** Raw text of each entry by `collection/id`, for reports. */
  bodies: Map<string, string>;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).sort();
}

function validateMdx(section: Section, dir: string, file: string, shown: string, problems: ContentProblem[]): ContentEntry | undefined {
  const text = readFileSync(join(dir, file), 'utf8');
  const parsed = parseEntryFile(text);
  if (parsed.yamlError) {
    problems.push({ file: shown, line: parsed.yamlError.line, field: 'front matter', message: parsed.yamlError.message, fix: '修正这一行附近的格式' });
    return undefined;
  }
  if (!parsed.frontMatter) {
    problems.push({ file: shown, line: 1, field: 'front matter', message: '文件开头缺少 front matter（--- 包起来的字段区）', fix: '用 npm run new 生成一个模板再填写' });
    return undefined;
  }
  const lint = [...lintDates(parsed.frontMatter), ...lintText(parsed.frontMatter, 2, 'front matter'), ...lintText(parsed.body, parsed.bodyLine, '正文'), ...lintBody(parsed.body, parsed.bodyLine)];
  problems.push(...lint.map((f) => ({ file: shown, ...f })));
  const result = SECTION_SCHEMAS[section].safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const described = describeIssue(issue, parsed.data);
      problems.push({ file: shown, line: lineOfField(parsed.frontMatter, described.field), ...described });
    }
    // Keep the entry known to the cross-reference checks, so one mistake is not reported twice.
    return { id: file.replace(/\.mdx?$/, ''), collection: section, filePath: shown, data: { related: [] } };
  }
  return { id: file.replace(/\.mdx?$/, ''), collection: section, filePath: shown, data: result.data as Record<string, unknown> };
}

function validateYamlList(section: Section, dir: string, file: string, shown: string, problems: ContentProblem[]): ContentEntry[] {
  const text = readFileSync(join(dir, file), 'utf8');
  let items: unknown;
  try {
    items = yaml.load(text);
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    problems.push({ file: shown, line: (e.mark?.line ?? 0) + 1, field: 'YAML', message: `YAML 格式错误（${e.reason ?? '无法解析'}）`, fix: '检查缩进和冒号' });
    return [];
  }
  if (!Array.isArray(items)) {
    problems.push({ file: shown, line: 1, field: 'YAML', message: '应是一个列表，每项以 "- id:" 开头', fix: '参考现有条目的写法' });
    return [];
  }
  const itemLines = text.split('\n').flatMap((l, i) => (l.startsWith('- ') ? [i + 1] : []));
  problems.push(...lintText(text, 1, 'YAML').map((f) => ({ file: shown, ...f })));
  const entries: ContentEntry[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const result = SECTION_SCHEMAS[section].safeParse(item);
    const line = itemLines[i] ?? 1;
    if (!result.success) {
      for (const issue of result.error.issues) {
        const described = describeIssue(issue, item);
        problems.push({ file: shown, line, ...described, field: `[${i}].${described.field}` });
      }
      const id = (item as { id?: unknown } | null)?.id;
      if (id !== undefined) entries.push({ id: String(id), collection: section, filePath: shown, data: { related: [] } });
      return;
    }
    const data = result.data as Record<string, unknown>;
    const id = String(data.id);
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
  const targets = checkRedirectTargets(redirects, shown, (p) => (isEntryShaped(p) ? entryPaths.has(p) : !redirects.some((r) => r.from === p)), lines);
  return [...problems, ...targets];
}

/**
 * Checks all content the way the build will, but says every problem at once, with file, line,
 * field and how to fix it, and adds the editorial lint rules. Folders of other data collections
 * are left to Astro's own validation.
 */
export function validateContent(contentDir: string, root: string = process.cwd()): ValidationResult {
  useChineseMessages();
  const problems: ContentProblem[] = [];
  const content = Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as SiteContent;
  const bodies = new Map<string, string>();
  const frontMatters = new Map<string, string>();
  for (const section of SECTIONS) {
    const dir = join(contentDir, section);
    if (!existsSync(dir)) continue;
    const files = mdxFiles(dir);
    for (const problem of checkFileNames(section, files)) problems.push({ ...problem, file: relative(root, join(contentDir, problem.file.replace(/^content\//, ''))) });
    for (const file of files) {
      const shown = relative(root, join(dir, file));
      const entry = validateMdx(section, dir, file, shown, problems);
      if (entry) {
        content[section].push(entry);
        const text = readFileSync(join(dir, file), 'utf8');
        bodies.set(`${section}/${entry.id}`, text);
        frontMatters.set(shown, parseEntryFile(text).frontMatter);
      }
    }
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      content[section].push(...validateYamlList(section, dir, file, relative(root, join(dir, file)), problems));
    }
  }
  for (const problem of runContentChecks(content)) {
    problems.push({ ...problem, line: problem.line ?? lineOfField(frontMatters.get(problem.file) ?? '', problem.field) });
  }
  problems.push(...validateRedirects(contentDir, root, content));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, content, bodies };
}
