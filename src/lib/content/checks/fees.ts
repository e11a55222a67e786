import { FEE_TOOLS } from '../../../schemas/fees';
import { fileOf, type ContentCheck, type ContentProblem } from './types';

/**
 * Fee entries share /fees/ with the tool pages, and the fee index lists every entry's rules
 * together: an entry named like a tool would be hidden by it, and a rule id used twice would
 * give two rows the same anchor.
 */
export const checkFeeIds: ContentCheck = (content) => {
  const problems: ContentProblem[] = [];
  const ruleOwners = new Map<string, string>();
  for (const entry of content.fees) {
    if (entry.id in FEE_TOOLS) {
      problems.push({ file: fileOf(entry), field: '文件名', message: `/fees/${entry.id}/ 是工具页面的网址，请给这篇内容换个文件名` });
    }
    entry.data.rules.forEach((rule, i) => {
      const owner = ruleOwners.get(rule.id);
      if (owner && owner !== fileOf(entry)) {
        problems.push({ file: fileOf(entry), field: `rules.${i}.id`, message: `规定编号 "${rule.id}" 已在 ${owner} 中使用，编号在所有费率内容中不能重复` });
      } else ruleOwners.set(rule.id, fileOf(entry));
    });
  }
  return problems;
};
