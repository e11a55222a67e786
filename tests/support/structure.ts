import { parse } from 'node-html-parser';
import { everyBuiltPage, readPage } from './dist';

export interface StructureProblem {
  page: string;
  problem: string;
}

/**
 * What a page needs before any script runs: Chinese as its language (Pagefind segments Chinese
 * only under `<html lang="zh…">`), a title, one `<main>` with the page's one `<h1>` in it, and
 * a text alternative for every image. Returns the problems of one page.
 */
export function structureProblems(html: string): string[] {
  const problems: string[] = [];
  const root = parse(html, { comment: false });
  const lang = root.querySelector('html')?.getAttribute('lang') ?? '';
  if (!/^zh\b/i.test(lang)) problems.push(`<html lang="${lang}"> is not Chinese`);
  if (!root.querySelector('head > title')?.text.trim()) problems.push('no <title>');
  const mains = root.querySelectorAll('main');
  if (mains.length !== 1) problems.push(`${mains.length} <main> elements`);
  const h1s = root.querySelectorAll('h1');
  if (h1s.length !== 1) problems.push(`${h1s.length} <h1> elements`);
  else if (!h1s[0]!.closest('main')) problems.push('the <h1> is outside <main>');
  else if (!h1s[0]!.text.trim()) problems.push('the <h1> is empty');
  for (const img of root.querySelectorAll('img')) {
    if (img.getAttribute('alt') === undefined) problems.push(`<img src="${img.getAttribute('src') ?? ''}"> has no alt attribute`);
  }
  for (const svg of root.querySelectorAll('svg[role="img"]')) {
    if (!svg.getAttribute('aria-label') && !svg.getAttribute('aria-labelledby') && !svg.querySelector('title')) {
      problems.push('<svg role="img"> has no accessible name');
    }
  }
  return problems;
}

/** The structure problems of every built page, retired addresses included. */
export function findStructureProblems(dist: string): StructureProblem[] {
  return everyBuiltPage(dist).flatMap((page) => structureProblems(readPage(page, dist)).map((problem) => ({ page, problem })));
}
