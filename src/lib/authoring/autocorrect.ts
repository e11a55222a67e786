import { lintFor } from 'autocorrect-node';
import type { LintFinding } from './lint';

/**
 * Chinese copywriting conventions, checked by AutoCorrect rather than by hand: a space between
 * Chinese and Latin letters or digits, full-width punctuation in Chinese text, no stray ASCII
 * quotes. `npx autocorrect --fix content/` applies every suggestion.
 */
export function autocorrectFindings(text: string, file: string): LintFinding[] {
  const result = lintFor(text, file);
  if (result.error)
    return [{ line: 1, field: 'AutoCorrect', message: `AutoCorrect 无法检查这个文件（${result.error}）`, fix: '检查文件格式' }];
  return result.lines.map((l) => ({
    line: l.l,
    field: 'AutoCorrect',
    message: `中文排版不规范：“${l.old.trim()}”`,
    fix: `改为“${l.new.trim()}”（中文与英文、数字之间加空格，中文里用全角标点）；也可以运行 npx autocorrect --fix content/ 自动改正`,
  }));
}
