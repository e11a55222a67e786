import type { Section } from '../../../schemas/sections';

/** An entry as the checks see it: enough to name the file and read the data. */
export interface ContentEntry {
  id: string;
  collection: Section;
  /** Path of the authored file, relative to the project, when known. */
  filePath?: string;
  data: Record<string, unknown>;
}

export type SiteContent = Record<Section, ContentEntry[]>;

/** One thing wrong with the content, said so an author can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** How to fix it, in plain words. */
  fix?: string;
}

export type ContentCheck = (content: SiteContent) => ContentProblem[];

export function fileOf(entry: ContentEntry): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.line ? `${p.file}:${p.line}` : p.file;
    const fix = p.fix ? `\n    怎么改：${p.fix}` : '';
    return `  - ${where}\n    字段 ${p.field}：${p.message}${fix}`;
  });
  return `内容检查发现 ${problems.length} 个问题，网站未生成：\n${lines.join('\n')}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}
