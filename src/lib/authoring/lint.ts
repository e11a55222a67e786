import { OFFICIAL_DOMAINS, OFFICIAL_PHONE_NUMBERS } from '../content/official';
import { lineAt } from './frontmatter';

export interface LintFinding {
  line: number;
  field: string;
  message: string;
  fix: string;
}

/** Obfuscated spellings copied from ad-dodging articles, and what to write instead. */
export const MISSPELLINGS: [RegExp, string][] = [
  [/身份\s*[A-Za-z]\s*证/g, '身份证'],
  [/刷\s*ka\s*卡/gi, '刷卡'],
  [/积芬/g, '积分'],
  [/炸骗/g, '诈骗'],
  [/信\s*xi\s*息/gi, '信息'],
  [/手\s*续\s*[A-Za-z]+\s*费/g, '手续费'],
  [/银\s*[A-Za-z]+\s*行/g, '银行'],
];

/** Promises nobody can make to a merchant. Quoted mentions (“零费率”) are warnings about them and pass. */
export const RISKY_PROMISES = ['保证到账', '100%', '百分之百', '零费率', '0费率', '秒批', '秒到账', '绝对安全', '永不冻结', '包过'];

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’' };

/** Whether `offset` lies between an opening and a closing quote on the same line. */
export function isQuoted(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const stack: string[] = [];
  for (const ch of before) {
    const open = stack.at(-1);
    if (open !== undefined && QUOTE_PAIRS[open] === ch) stack.pop();
    else if (ch in QUOTE_PAIRS) stack.push(ch);
  }
  return stack.length > 0;
}

/** Lints text (front matter or body) starting at `firstLine` of its file. */
export function lintText(text: string, firstLine: number, field: string): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const [pattern, right] of MISSPELLINGS) {
    for (const m of text.matchAll(pattern)) {
      findings.push({ line: lineAt(text, m.index, firstLine), field, message: `错别字或变形写法“${m[0]}”`, fix: `改为“${right}”` });
    }
  }
  for (const phrase of RISKY_PROMISES) {
    for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + phrase.length)) {
      if (isQuoted(text, i)) continue;
      findings.push({
        line: lineAt(text, i, firstLine),
        field,
        message: `“${phrase}”是不能对商户做的承诺`,
        fix: `删掉或改成有依据、留有余地的说法；如果是在提醒读者提防这种说法，请给它加上引号：“${phrase}”`,
      });
    }
  }
  for (const m of text.matchAll(/(?<![\d.])(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4}|9\d{4}|1\d{4})(?![\d.%])/g)) {
    if (OFFICIAL_PHONE_NUMBERS.includes(m[0])) continue;
    // Five-digit numbers are also amounts and years; only flag them where a phone is meant.
    if (m[0].length === 5 && !/(电话|热线|拨打|致电|客服)/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    findings.push({
      line: lineAt(text, m.index, firstLine),
      field,
      message: `电话号码 ${m[0]} 不在官方号码名单里`,
      fix: `只写有依据的官方号码（${OFFICIAL_PHONE_NUMBERS.join('、')}）；拉卡拉客服请引导读者看官网、机身或合同上的号码`,
    });
  }
  for (const m of text.matchAll(/https?:\/\/([^/\s)"'<>]+)/g)) {
    const host = (m[1] ?? '').toLowerCase();
    if (OFFICIAL_DOMAINS.includes(host)) continue;
    findings.push({
      line: lineAt(text, m.index, firstLine),
      field,
      message: `链接指向 ${host}，不在官方网站名单里`,
      fix: `只链接官方网站（${OFFICIAL_DOMAINS.slice(0, 4).join('、')} 等），许多看似官网的站点其实是代理商`,
    });
  }
  return findings;
}

/** Markdown-level rules for an entry body: images need alt text, headings must not skip a level. */
export function lintBody(body: string, firstLine: number): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const m of body.matchAll(/!\[\s*\]\(/g)) {
    findings.push({
      line: lineAt(body, m.index, firstLine),
      field: '正文',
      message: '图片缺少替代文字',
      fix: '在 ![ ] 的方括号里写一句话描述图片内容',
    });
  }
  for (const m of body.matchAll(/<img\b(?![^>]*\balt=)[^>]*>/g)) {
    findings.push({
      line: lineAt(body, m.index, firstLine),
      field: '正文',
      message: '图片缺少替代文字',
      fix: '给 <img> 加上 alt="图片内容的描述"',
    });
  }
  // The page title is the h1, so the body starts at level 2.
  let previous = 1;
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*```/.test(text)) inFence = !inFence;
    const heading = !inFence && /^(#{1,6})\s/.exec(text);
    if (!heading) return;
    const level = (heading[1] ?? '').length;
    if (level === 1) {
      findings.push({
        line: firstLine + i,
        field: '正文',
        message: '正文里不能用一级标题（# ）：页面标题已经是一级标题',
        fix: '改成二级标题（## ）',
      });
    } else if (level > previous + 1) {
      findings.push({
        line: firstLine + i,
        field: '正文',
        message: `标题从 ${previous} 级跳到了 ${level} 级`,
        fix: `改成 ${'#'.repeat(previous + 1)} 开头，标题要逐级往下`,
      });
    }
    previous = level;
  });
  return findings;
}

const DATE_FIELDS = ['updated', 'reviewBy', 'effective', 'until'];

/** YAML quietly turns 2026-02-30 into March 2nd; catch dates that are not real calendar days. */
export function lintDates(frontMatter: string, firstLine = 2): LintFinding[] {
  const findings: LintFinding[] = [];
  frontMatter.split('\n').forEach((text, i) => {
    const [, field = '', year = '', month = '', day = ''] = /^\s*(\w+):\s*['"]?(\d{4})-(\d{1,2})-(\d{1,2})['"]?\s*$/.exec(text) ?? [];
    if (!DATE_FIELDS.includes(field)) return;
    const [y, mo, d] = [Number(year), Number(month), Number(day)];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
      findings.push({
        line: firstLine + i,
        field,
        message: `${year}-${month}-${day} 不是真实存在的日期`,
        fix: '按 YYYY-MM-DD 写一个真实的日期，例如 2026-11-25',
      });
    }
  });
  return findings;
}
