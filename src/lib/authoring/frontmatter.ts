import yaml from 'js-yaml';

export interface ParsedFile {
  /** Front matter as YAML parsed it (empty when there is none). */
  data: Record<string, unknown>;
  /** The raw front matter text, without the fences. */
  frontMatter: string;
  body: string;
  /** Line number (1-based) where the body starts in the file. */
  bodyLine: number;
  /** A YAML syntax error, said in plain words. */
  yamlError?: { line: number; message: string };
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into front matter and body and parses the front matter. */
export function parseEntryFile(text: string): ParsedFile {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, frontMatter: '', body: text, bodyLine: 1 };
  const frontMatter = match[1] ?? '';
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  try {
    const data = (yaml.load(frontMatter) ?? {}) as Record<string, unknown>;
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, frontMatter, body, bodyLine, yamlError: { line: 2, message: 'front matter 应是“字段: 值”的形式' } };
    }
    return { data, frontMatter, body, bodyLine };
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    return {
      data: {},
      frontMatter,
      body,
      bodyLine,
      yamlError: {
        line: (e.mark?.line ?? 0) + 2,
        message: `YAML 格式错误（${e.reason ?? '无法解析'}）：检查冒号后是否有空格、缩进是否对齐、引号是否成对`,
      },
    };
  }
}

/** The file line of a top-level front-matter field, or of the opening fence when the field is absent. */
export function lineOfField(frontMatter: string, field: string): number {
  const top = field.split(/[.[]/)[0];
  const lines = frontMatter.split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${top}:`));
  return index === -1 ? 1 : index + 2;
}

/** 1-based line of a character offset in a text that starts at `firstLine`. */
export function lineAt(text: string, offset: number, firstLine = 1): number {
  return firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
}
