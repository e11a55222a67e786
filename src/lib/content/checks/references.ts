import { allEntries, keyOf } from '../types';
import { fileOf, type ContentCheck, type ContentProblem } from './types';

/** Every `related` entry must exist, and an entry must not list itself. */
export const checkRelated: ContentCheck = (content, unparsed) => {
  const problems: ContentProblem[] = [];
  const entries = allEntries(content);
  const known = new Set([...unparsed, ...entries.map(keyOf)]);
  for (const entry of entries) {
    entry.data.related.forEach((ref, i) => {
        const name = keyOf(ref);
        if (!known.has(name)) {
          problems.push({ file: fileOf(entry), field: `related[${i}]`, message: `关联的条目 "${name}" 不存在`, fix: '检查拼写（格式是 栏目/编号，编号即文件名），或先创建这个条目' });
        } else if (ref.collection === entry.collection && ref.id === entry.id) {
          problems.push({ file: fileOf(entry), field: `related[${i}]`, message: '条目不能关联自己', fix: '从 related 里删掉这一项' });
        }
    });
  }
  return problems;
};

/** Channels name merchant types, merchant types name channels: both must exist. */
export const checkChannelLinks: ContentCheck = (content, unparsed) => {
  const problems: ContentProblem[] = [];
  const has = (collection: 'channels' | 'requirements', id: string) =>
    unparsed.has(keyOf({ collection, id })) || content[collection].some((e) => e.id === id);
  for (const channel of content.channels) {
    channel.data.merchantTypes.forEach((id, i) => {
      if (!has('requirements', id)) {
        problems.push({ file: fileOf(channel), field: `merchantTypes[${i}]`, message: `商户类型 "${id}" 不存在`, fix: '写 content/requirements 下的文件名（不带扩展名）' });
      }
    });
  }
  for (const type of content.requirements) {
    type.data.channels.forEach((id, i) => {
      if (!has('channels', id)) {
        problems.push({ file: fileOf(type), field: `channels[${i}]`, message: `申请渠道 "${id}" 不存在`, fix: '写 content/channels 下的文件名（不带扩展名）' });
      }
    });
  }
  return problems;
};
