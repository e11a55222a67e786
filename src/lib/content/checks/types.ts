import type { SiteContent } from '../types';

export { fileOf, type AnyEntry, type SiteContent } from '../types';

/** One thing wrong with the content, said so an author can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** How to fix it, in plain words. */
  fix?: string;
}

/**
 * A rule over the whole site. `unparsed` holds the keys (`faq/x`) of entries that exist but failed
 * their schema: they are reported there, so references to them are not reported again.
 */
export type ContentCheck = (content: SiteContent, unparsed: ReadonlySet<string>) => ContentProblem[];

/** Every problem with its place and fix; `check` names what found them (内容检查, 配置检查). */
export function formatProblems(problems: ContentProblem[], check = '内容检查'): string {
  const lines = problems.map((p) => {
    const where = p.line ? `${p.file}:${p.line}` : p.file;
    const fix = p.fix ? `\n    怎么改：${p.fix}` : '';
    return `  - ${where}\n    字段 ${p.field}：${p.message}${fix}`;
  });
  return `${check}发现 ${problems.length} 个问题，网站未生成：\n${lines.join('\n')}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}
