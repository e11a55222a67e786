import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { everyBuiltPage } from './dist';

export interface HtmlError {
  page: string;
  rule: string;
  message: string;
  where: string;
}

/** Validates every built page with the repository's `.htmlvalidate.json`. */
export async function validateHtml(dist: string): Promise<{ pages: number; errors: HtmlError[] }> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = everyBuiltPage(dist);
  const errors: HtmlError[] = [];
  for (const page of pages) {
    const file = join(dist, page.endsWith('.html') ? page : join(page, 'index.html'));
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        errors.push({ page, rule: m.ruleId, message: m.message, where: `${m.line}:${m.column} ${m.selector ?? ''}`.trim() });
      }
    }
  }
  return { pages: pages.length, errors };
}
