import type { z } from 'astro/zod';

export interface FieldIssue {
  /** `sources[0].title`-style path. */
  field: string;
  message: string;
  fix: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项一行，以 "- " 开头）',
  object: '带子字段的对象',
  date: '日期（YYYY-MM-DD）',
};

/** Turns one Zod issue into a message an author can act on: what is wrong and how to fix it. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): FieldIssue {
  const field = fieldPath(issue.path) || '（整个条目）';
  const received = issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) {
        return {
          field,
          message: `缺少必填字段 ${field}`,
          fix: `在 front matter 里加上 "${field}: ..."，写法可参考同栏目的其他条目或 CONTRIBUTING.md`,
        };
      }
      return {
        field,
        message: `${field} 的类型不对：应为${TYPE_NAMES[issue.expected] ?? issue.expected}，现在写的是 ${JSON.stringify(received)}`,
        fix:
          issue.expected === 'array'
            ? `改成列表，例如：\n      ${field}:\n        - 第一项`
            : `把 ${field} 改成${TYPE_NAMES[issue.expected] ?? issue.expected}`,
      };
    case 'invalid_value':
      return {
        field,
        message: `${field} 的值 ${JSON.stringify(received)} 不在允许的范围内`,
        fix: `改为以下之一：${issue.values.map((v) => String(v)).join('、')}`,
      };
    case 'unrecognized_keys':
      return {
        field: issue.keys.map((k) => fieldPath([...issue.path, k])).join('、'),
        message: `有不认识的字段：${issue.keys.join('、')}`,
        fix: '检查拼写（例如 title 写成了 titel），或删除这个字段；可用字段见 CONTRIBUTING.md',
      };
    case 'too_small':
      return {
        field,
        message: issue.message,
        fix: issue.origin === 'array' ? `${field} 至少要有 ${String(issue.minimum)} 项` : `把 ${field} 写得更完整一些`,
      };
    case 'too_big':
      return { field, message: issue.message, fix: `缩短 ${field}` };
    default:
      return { field, message: issue.message, fix: `按提示修改 ${field}` };
  }
}
