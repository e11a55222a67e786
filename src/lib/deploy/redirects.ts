import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { redirectSchema, type Redirect } from '../../schemas/redirects';
import { ContentError, type ContentProblem } from '../content/checks/types';
import { withBase } from '../content/urls';

/**
 * Retired URLs. Links to them are out in chats and on printed QR codes, so every page that is
 * renamed, merged or removed keeps its old address as a small page that sends the reader on.
 */
export const REDIRECTS_FILE = 'redirects/redirects.yaml';

/** Reads and checks the list; problems name the file, the entry and the field. */
export function parseRedirects(text: string, file: string): { redirects: Redirect[]; problems: ContentProblem[]; lines: number[] } {
  const problems: ContentProblem[] = [];
  let items: unknown;
  try {
    items = yaml.load(text) ?? [];
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    problems.push({
      file,
      line: (e.mark?.line ?? 0) + 1,
      field: 'YAML',
      message: `YAML 格式错误（${e.reason ?? '无法解析'}）`,
      fix: '检查缩进和冒号',
    });
    return { redirects: [], problems, lines: [] };
  }
  if (!Array.isArray(items)) {
    problems.push({ file, line: 1, field: 'YAML', message: '应是一个列表，每项以 "- from:" 开头', fix: '参考现有条目的写法' });
    return { redirects: [], problems, lines: [] };
  }
  const itemLines = text.split('\n').flatMap((l, i) => (l.startsWith('- ') ? [i + 1] : []));
  const redirects: Redirect[] = [];
  items.forEach((item, i) => {
    const result = redirectSchema.safeParse(item);
    const line = itemLines[i];
    if (result.success) redirects.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file, line, field: `[${i}].${issue.path.join('.')}`, message: issue.message });
  });
  problems.push(...checkRedirectList(redirects, file, itemLines));
  return { redirects, problems, lines: itemLines };
}

/** Rules that need the whole list: one target per old address, no loops, no chains. */
export function checkRedirectList(redirects: Redirect[], file: string, lines: number[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const froms = new Map<string, number>();
  redirects.forEach((r, i) => {
    const line = lines[i];
    if (r.from === r.to) problems.push({ file, line, field: `[${i}].to`, message: `${r.from} 指向它自己`, fix: '写上接替它的页面' });
    if (froms.has(r.from))
      problems.push({
        file,
        line,
        field: `[${i}].from`,
        message: `${r.from} 已在第 ${(froms.get(r.from) ?? 0) + 1} 项里，同一个旧地址只能指向一个页面`,
      });
    froms.set(r.from, i);
  });
  redirects.forEach((r, i) => {
    if (froms.has(r.to) && r.from !== r.to) {
      const next = redirects[froms.get(r.to) ?? -1];
      if (!next) return;
      problems.push({
        file,
        line: lines[i],
        field: `[${i}].to`,
        message: `${r.to} 本身也已停用（指向 ${next.to}）`,
        fix: `把 to 直接写成 ${next.to}`,
      });
    }
  });
  return problems;
}

/**
 * Rules that need to know which pages the site has: an old address must not be a live page
 * again (the redirect would hide it), and the target must be a live page.
 */
export function checkRedirectTargets(
  redirects: Redirect[],
  file: string,
  isLivePage: (path: string) => boolean,
  lines: number[] = [],
): ContentProblem[] {
  return redirects.flatMap((r, i): ContentProblem[] => [
    ...(isLivePage(r.from)
      ? [{ file, line: lines[i], field: `[${i}].from`, message: `${r.from} 仍是网站上的页面，不能再跳转`, fix: '删掉这一项，或把页面移走' }]
      : []),
    ...(isLivePage(r.to)
      ? []
      : [{ file, line: lines[i], field: `[${i}].to`, message: `${r.to} 不是网站上的页面`, fix: '写上接替它的现有页面的路径' }]),
  ]);
}

/** The retired URLs of a content folder; a missing list means none. Throws naming every problem. */
export function readRedirects(contentDir: string, root: string = process.cwd()): Redirect[] {
  const path = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(path)) return [];
  const { redirects, problems } = parseRedirects(readFileSync(path, 'utf8'), relative(root, path));
  if (problems.length > 0) throw new ContentError(problems);
  return redirects;
}

/** `_redirects` for hosts that read it (Netlify, Cloudflare Pages): permanent, under the base path. */
export function redirectsFile(redirects: Redirect[], base: string): string {
  return redirects.map((r) => `${withBase(r.from, base)} ${withBase(r.to, base)} 301`).join('\n') + (redirects.length ? '\n' : '');
}
