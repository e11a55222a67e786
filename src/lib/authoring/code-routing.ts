import type { Contact } from '../../schemas/causes';
import type { CodeData } from '../../schemas/codes';
import type { DiagnosisStep } from '../../schemas/diagnosis';
import type { EntryRef } from '../../schemas/common';
import type { ContentProblem } from '../content/checks';
import { readableText, visibleStrings } from './editorial';
import { defined } from '../required';

type Fault = CodeData['fault'][number];

/** Whom a code's fault party sends the merchant to. */
export const FAULT_CONTACTS: Record<Fault, Contact[]> = {
  CH: ['issuer'],
  MT: ['acquirer', 'repair', 'none'],
  NW: ['acquirer', 'none'],
};

/** Words that send the merchant to that party, in a line that mentions the code. */
export const FAULT_WORDS: Record<Fault, RegExp> = {
  CH: /发卡行|发卡银行|发卡方|顾客|持卡人|换一张卡|换卡/,
  MT: /签到|重新输入|读卡|插卡|挥卡|重做|收单机构|拉卡拉|官方客服|商户状态|终端|金额|上送|检查|核对|凭证号/,
  NW: /稍后|再试|网络|超时|冲正|线路|系统|维护|日切|拉卡拉|官方客服|收单机构|银行/,
};

/** A cardholder's-bank code blamed on the merchant's own limit: the routing the 61/65 mistake took. */
const MERCHANT_LIMIT = /(?:商户|你的|自己的)的?(?:单笔|单日|每天)?限额|调整限额|调额/;

const FAULT_NAMES: Record<Fault, string> = { CH: '持卡人的发卡银行', MT: '商户自己或收单机构', NW: '网络或收单机构' };

export interface CodeInfo {
  id: string;
  fault: Fault[];
  action: string;
  related: EntryRef[];
}

export interface RoutedEntry {
  ref: string;
  file: string;
  /** Whom the entry sends the merchant to (causes only). */
  contact?: Contact[];
  related: EntryRef[];
  /** Front matter as written (its visible strings are read, whatever the schema made of them), and the body. */
  data: unknown;
  body: string;
}

const UNIT_AFTER = /^\s*(?:元|年|月|日|号|万|笔|个|天|位|小时|分钟|秒|倍|块|条|台|家|次|张|岁|周|%|：\d|:\d)/;
const CODE_CONTEXT = /应答码|代码|提示|显示|报错|屏幕|码/;

/** The response codes a line of text mentions: a known code id, in a line about codes, not an amount or a date. */
export function codesIn(line: string, ids: Set<string>): string[] {
  const text = readableText(line);
  if (!CODE_CONTEXT.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![0-9A-Za-z.+-]|第\s*)([0-9]{2}|[A-Z][0-9])(?![0-9A-Za-z.+])/g)) {
    const id = m[1];
    if (id && ids.has(id) && !UNIT_AFTER.test(text.slice(m.index + m[0].length))) found.push(id);
  }
  return [...new Set(found)];
}

const partiesOf = (code: CodeInfo) => new Set(code.fault.flatMap((f) => FAULT_CONTACTS[f]));
const describe = (code: CodeInfo) => code.fault.map((f) => FAULT_NAMES[f]).join('或');

/** Problems with one line that mentions codes: it must send the merchant to each code's party. */
function checkLine(line: string, codes: Map<string, CodeInfo>, where: Omit<ContentProblem, 'message' | 'fix'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of codesIn(line, new Set(codes.keys()))) {
    const code = defined(codes.get(id), `code ${id}`);
    if (code.fault.length === 0) continue;
    const sentence = line.split(/[。；;]/).find((s) => codesIn(s, new Set([id])).length > 0) ?? line;
    if (!code.fault.some((f) => FAULT_WORDS[f].test(line))) {
      problems.push({
        ...where,
        message: `提到应答码 ${id}，却没有告诉商户去找${describe(code)}（codes.yaml 里 ${id} 的 fault 是 ${code.fault.join('/')}）`,
        fix: `按 ${id} 的责任方写清该怎么办，例如${code.fault.includes('CH') ? '“请顾客换一张卡或联系发卡银行”' : '“重新签到”或“联系拉卡拉官方客服”'}`,
      });
    } else if (code.fault.every((f) => f === 'CH') && MERCHANT_LIMIT.test(sentence)) {
      problems.push({
        ...where,
        message: `应答码 ${id} 是持卡人发卡银行那边的原因，这句话却把它说成商户自己的限额`,
        fix: `把 ${id} 和商户限额分开写：${id} 请顾客换卡或联系发卡银行；商户限额另起一句`,
      });
    }
  }
  return problems;
}

/**
 * Every response code's fault party (CH cardholder's bank, MT merchant or terminal, NW network
 * or acquirer) must agree with where the site sends the merchant: the code's own action, the
 * causes it links to or that link to it, every line of every entry that mentions it, and the
 * endings of the guided diagnosis that a question mentioning it leads to.
 */
export function checkCodeRouting(
  codeList: CodeInfo[],
  entries: RoutedEntry[],
  diagnosis: { file: string; steps: DiagnosisStep[] },
  codesFile = 'content/codes/codes.yaml',
): ContentProblem[] {
  const codes = new Map(codeList.map((c) => [c.id, c]));
  const contactOf = new Map(entries.flatMap((e) => (e.contact ? [[e.ref, e.contact] as const] : [])));
  const problems: ContentProblem[] = [];
  const routeTo = (code: CodeInfo, contact: Contact[]) => code.fault.length === 0 || contact.some((c) => partiesOf(code).has(c));

  for (const code of codeList) {
    problems.push(...checkLine(`应答码 ${code.id}：${code.action}`, codes, { file: codesFile, field: `${code.id}.action` }));
    for (const ref of code.related) {
      const contact = contactOf.get(`${ref.collection}/${ref.id}`);
      if (contact && !routeTo(code, contact)) {
        problems.push({
          file: codesFile,
          field: `${code.id}.related`,
          message: `应答码 ${code.id} 是${describe(code)}的原因，却关联到 ${ref.collection}/${ref.id}，那一篇让商户找 ${contact.join('、')}`,
          fix: `改为关联讲${describe(code)}的条目，或删掉这个关联`,
        });
      }
    }
  }

  for (const entry of entries) {
    for (const ref of entry.related) {
      const code = ref.collection === 'codes' ? codes.get(ref.id) : undefined;
      if (code && entry.contact && !routeTo(code, entry.contact)) {
        problems.push({
          file: entry.file,
          field: 'related',
          message: `关联了应答码 ${code.id}（${describe(code)}的原因），但这篇让商户找 ${entry.contact.join('、')}`,
          fix: `删掉 codes/${code.id} 这个关联，或在 contact 里加上对应的联系对象`,
        });
      }
    }
    const lines = [
      // A title asks the question; the rest of the entry answers it.
      ...visibleStrings(entry.data)
        .filter(({ key }) => key !== 'title')
        .map(({ key, text }) => ({ text, field: key })),
      ...entry.body.split('\n').map((text) => ({ text, field: '正文' })),
    ];
    for (const { text, field } of lines) problems.push(...checkLine(text, codes, { file: entry.file, field }));
  }

  const byId = new Map(diagnosis.steps.map((s) => [s.id, s]));
  for (const step of diagnosis.steps) {
    if (step.kind === 'question') {
      const mentioned = [step.question, step.hint ?? '', ...(step.how ?? [])].flatMap((t) => codesIn(t, new Set(codes.keys())));
      for (const answer of ['yes', 'no', 'unsure'] as const) {
        const end = byId.get(step[answer]);
        if (end?.kind !== 'end') continue;
        for (const id of new Set(mentioned)) {
          const code = defined(codes.get(id), `code ${id}`);
          if (!routeTo(code, end.contact)) {
            problems.push({
              file: diagnosis.file,
              field: `步骤 ${step.id} 的 ${answer}`,
              message: `问题提到应答码 ${id}（${describe(code)}的原因），回答却通向结论 ${end.id}，让商户找 ${end.contact.join('、')}`,
              fix: `别在这个问题里用 ${id} 判断；${id} 的处理写在应答码页面上`,
            });
          }
        }
      }
    }
    if (step.kind === 'end') {
      for (const text of [step.summary, ...step.actions]) {
        problems.push(...checkLine(text, codes, { file: diagnosis.file, field: `步骤 ${step.id}` }));
      }
    }
  }
  return problems;
}
