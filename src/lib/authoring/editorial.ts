import type { Section } from '../../schemas/sections';
import { lineAt } from './frontmatter';
import type { LintFinding } from './lint';

/**
 * Source titles that name no document anyone could look up. Where a claim has no citable source,
 * the entry says in its own words that it is general practice and lists no source.
 */
export const PLACEHOLDER_SOURCE =
  /行业常见|多方公开|行业资料|行业通行|行业办理资料|市场观察|一般参考|本站根据|常见的?\s*(?:POS\s*)?诈骗手法/;

/** Words that tell the reader a statement is general practice, not a rule or a promise. */
export const GENERAL_PRACTICE = /一般情况|一般来说|一般做法|通常做法|常见做法|以合同为准|以合同和官方说明为准|以官方说明为准/;

/** Latin words readers may meet on a Chinese page: product words and abbreviations everyone uses. */
export const ALLOWED_LATIN = new Set(['App', 'Wi-Fi']);

/** Front-matter keys whose values are never shown as text: ids, enums, addresses, search words. */
const HIDDEN_KEYS = new Set([
  'id',
  'url',
  'related',
  'topics',
  'aliases',
  'synonyms',
  'tools',
  'channels',
  'merchantTypes',
  'cardType',
  'part',
  'merchants',
  'topic',
  'kind',
  'area',
  'frequency',
  'category',
  'contact',
  'precision',
  // The review process: an application state and the stage a rejection belongs to.
  'state',
  'stage',
]);

/** Visible strings of the front matter, with the key they sit under. */
export function visibleStrings(value: unknown, key = ''): { key: string; text: string }[] {
  if (HIDDEN_KEYS.has(key)) return [];
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((v) => visibleStrings(v, key));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => visibleStrings(v, k));
  }
  return [];
}

/** Body text as a reader sees it: no code, no link targets, no MDX imports, no web addresses. */
export function readableText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length))
    .replace(/^(?:import|export)\s.*$/gm, (m) => ' '.repeat(m.length))
    .replace(/\]\([^)\n]*\)/g, (m) => ']' + ' '.repeat(m.length - 1))
    .replace(/<[^>\n]*>/g, (m) => ' '.repeat(m.length))
    .replace(/https?:\/\/\S+/g, (m) => ' '.repeat(m.length))
    .replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, (m) => ' '.repeat(m.length));
}

/** English words in a text: Latin words with a lower-case letter, other than the few everyone uses. */
export function englishWords(text: string): { word: string; index: number }[] {
  const found: { word: string; index: number }[] = [];
  for (const m of readableText(text).matchAll(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g)) {
    if (/[a-z]/.test(m[0]) && !ALLOWED_LATIN.has(m[0])) found.push({ word: m[0], index: m.index });
  }
  return found;
}

/** Sentences of a body: text ending in 。！？ or standing alone as a list item, table row or paragraph. */
export function sentenceCount(body: string): number {
  const text = readableText(body)
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line))
    .join('\n');
  return text.split(/[。！？!?]+|\n\s*\n|\n\s*(?:[-*+]|\d+\.)\s|\n\s*\|/).filter((s) => (s.match(/\p{Script=Han}/gu) ?? []).length >= 2)
    .length;
}

interface EntryText {
  section: Section;
  data: Record<string, unknown>;
  frontMatter: string;
  body: string;
  bodyLine: number;
}

/** 1-based line of the first place `needle` appears in `text`, which starts at `firstLine` of its file. */
const lineOfText = (text: string, needle: string, firstLine: number) => {
  const i = text.indexOf(needle);
  return i === -1 ? firstLine : lineAt(text, i, firstLine);
};

/** Sources that name no document anyone could look up. */
function placeholderSources(sources: unknown[], text: string, firstLine: number): LintFinding[] {
  return sources.flatMap((source, i) => {
    const title = typeof source === 'object' && source !== null && 'title' in source ? String(source.title) : '';
    if (!PLACEHOLDER_SOURCE.test(title)) return [];
    return [
      {
        line: lineOfText(text, title, firstLine),
        field: `sources[${i}].title`,
        message: `“${title}”不是可以查证的来源`,
        fix: '删掉这条来源；这句话没有可引用的依据时，在正文里写明是一般情况（如“一般情况下”“以合同和官方说明为准”），并告诉读者去哪里问官方',
      },
    ];
  });
}

/** English words in the strings of written data that a page shows. */
function englishOnPage(data: unknown, text: string, firstLine: number): LintFinding[] {
  return visibleStrings(data).flatMap(({ key, text: value }) =>
    englishWords(value).map(({ word }) => ({
      line: lineOfText(text, value, firstLine),
      field: key || 'front matter',
      message: `页面上会显示英文“${word}”`,
      fix: '改成中文说法；缩写（如 POS、SIM）可以保留，第一次出现时用中文解释',
    })),
  );
}

/**
 * The rules for a data file whose text a page shows (the review process): real sources and no
 * English on the page. `data` is the file as YAML parsed it; lines count from the file's top.
 */
export function lintData(data: unknown, text: string): LintFinding[] {
  const sources = typeof data === 'object' && data !== null && 'sources' in data && Array.isArray(data.sources) ? data.sources : [];
  return [...placeholderSources(sources, text, 1), ...englishOnPage(data, text, 1)];
}

/**
 * The editorial rules that need the whole entry: real sources (or the text saying it is general
 * practice), no English on the page, bodies of more than one sentence, glossary terms that link
 * to the entry answering the question, prevention tips that say why and what goes wrong.
 */
export function lintEntry({ section, data, frontMatter, body, bodyLine }: EntryText): LintFinding[] {
  const findings: LintFinding[] = [];
  const sources: unknown[] | undefined = Array.isArray(data.sources) ? data.sources : undefined;
  findings.push(...placeholderSources(sources ?? [], frontMatter, 2));

  const text = [data.description, data.answer, body].filter((t) => typeof t === 'string').join('\n');
  if (sources && sources.length === 0 && !GENERAL_PRACTICE.test(text)) {
    findings.push({
      line: lineOfText(frontMatter, 'sources:', 2),
      field: 'sources',
      message: '没有列出来源，正文也没有说明这是一般情况',
      fix: '写上可以查证的来源（法规、官方网站、公开文件）；确实没有的，在正文里写明“一般情况下”或“以合同和官方说明为准”',
    });
  }

  findings.push(...englishOnPage(data, frontMatter, 2));
  for (const { word, index } of englishWords(body)) {
    findings.push({
      line: lineAt(body, index, bodyLine),
      field: '正文',
      message: `页面上会显示英文“${word}”`,
      fix: '改成中文说法；缩写（如 POS、SIM）可以保留，第一次出现时用中文解释',
    });
  }

  if (sentenceCount(body) < 2) {
    findings.push({
      line: bodyLine,
      field: '正文',
      message: '正文只有一句话，读者得不到可以照着做的内容',
      fix: '至少写清：这是什么、怎么判断、怎么做、找谁；说不出更多的，合并到回答同一问题的条目里',
    });
  }

  if (section === 'glossary' && !/\]\((?:\.\.\/)+[a-z]+\/[A-Za-z0-9-]+\/\)/.test(body)) {
    findings.push({
      line: bodyLine,
      field: '正文',
      message: '术语解释没有链接到详细回答这个问题的条目',
      fix: '在正文最后加一句“详见[条目标题](../../栏目/编号/)”，指向讲清这件事的那一篇',
    });
  }

  if (section === 'prevention') {
    for (const [heading, what] of [
      ['为什么要这样做', '为什么要这样做'],
      ['不做会怎样', '不这样做会出什么问题'],
    ] as const) {
      if (!new RegExp(`^##\\s*${heading}\\s*$`, 'm').test(body)) {
        findings.push({
          line: bodyLine,
          field: '正文',
          message: `预防措施缺少“## ${heading}”一节`,
          fix: `加一节“## ${heading}”，写清${what}；怎么做写在 steps，多久做一次写在 frequency`,
        });
      }
    }
  }
  return findings;
}
