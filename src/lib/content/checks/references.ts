import type { EntryRef } from '../../../schemas/common';
import { fileOf, type ContentCheck, type ContentProblem, type SiteContent } from './types';

function exists(content: SiteContent, ref: EntryRef): boolean {
  return content[ref.collection]?.some((e) => e.id === ref.id) ?? false;
}

/** Every `related` entry must exist, and an entry must not list itself. */
export const checkRelated: ContentCheck = (content) => {
  const problems: ContentProblem[] = [];
  for (const entries of Object.values(content)) {
    for (const entry of entries) {
      const related = (entry.data.related as EntryRef[] | undefined) ?? [];
      related.forEach((ref, i) => {
        const name = `${ref.collection}/${ref.id}`;
        if (!exists(content, ref)) {
          problems.push({ file: fileOf(entry), field: `related[${i}]`, message: `关联的条目 "${name}" 不存在`, fix: '检查拼写（格式是 栏目/编号，编号即文件名），或先创建这个条目' });
        } else if (ref.collection === entry.collection && ref.id === entry.id) {
          problems.push({ file: fileOf(entry), field: `related[${i}]`, message: '条目不能关联自己', fix: '从 related 里删掉这一项' });
        }
      });
    }
  }
  return problems;
};

/** Channels name merchant types, merchant types name channels: both must exist. */
export const checkChannelLinks: ContentCheck = (content) => {
  const problems: ContentProblem[] = [];
  const has = (collection: 'channels' | 'requirements', id: string) => content[collection].some((e) => e.id === id);
  for (const channel of content.channels) {
    ((channel.data.merchantTypes as string[] | undefined) ?? []).forEach((id, i) => {
      if (!has('requirements', id)) {
        problems.push({ file: fileOf(channel), field: `merchantTypes[${i}]`, message: `商户类型 "${id}" 不存在`, fix: '写 content/requirements 下的文件名（不带扩展名）' });
      }
    });
  }
  for (const type of content.requirements) {
    ((type.data.channels as string[] | undefined) ?? []).forEach((id, i) => {
      if (!has('channels', id)) {
        problems.push({ file: fileOf(type), field: `channels[${i}]`, message: `申请渠道 "${id}" 不存在`, fix: '写 content/channels 下的文件名（不带扩展名）' });
      }
    });
  }
  return problems;
};
