import { SLUG_PATTERN } from '../../../schemas/common';
import { fileOf, type ContentCheck, type ContentProblem } from './types';

/**
 * Two files whose names differ only by extension (`a.md`, `a.mdx`) would get the same URL;
 * Astro keeps one and only warns, so the build has to refuse them.
 */
export function checkFileNames(collection: string, files: string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = file.split('/').pop() ?? file;
    const id = name.replace(/\.(md|mdx)$/, '');
    if (!SLUG_PATTERN.test(id)) {
      problems.push({ file: `content/${collection}/${file}`, field: '文件名', message: '文件名只能用小写英文字母、数字和连字符（它就是网址的一部分）', fix: '把文件改名，例如 money-not-arrived.mdx' });
    }
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({
        file: `content/${collection}/${file}`,
        field: '文件名',
        message: `与 content/${collection}/${earlier} 的网址重复（/${collection}/${id}/）`,
        fix: '给其中一个改名，或删除多余的那个',
      });
    } else {
      seen.set(id, file);
    }
  }
  return problems;
}

/** Ids inside one list (documents of a merchant type, rules of a fee entry) must be unique. */
export function checkUniqueIds(
  file: string,
  field: string,
  items: { id: string }[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ file, field: `${field}[${i}].id`, message: `编号 "${item.id}" 在同一条目中重复`, fix: '每个编号只能用一次：给后一个换个编号（已发布的编号不要改）' });
    }
    seen.add(item.id);
  });
  return problems;
}

export const checkNestedIds: ContentCheck = (content) => [
  ...content.requirements.flatMap((e) => checkUniqueIds(fileOf(e), 'documents', e.data.documents)),
  ...content.fees.flatMap((e) => checkUniqueIds(fileOf(e), 'rules', e.data.rules)),
];
