/** `npm run content:report`: stale, alias-less and orphan entries, and counts. Never fails on time passing. */
import { contentReport, formatReport } from '../src/lib/authoring/report';
import { validateContent } from '../src/lib/authoring/validate';
import { contentDir } from '../src/lib/deploy/content-dir';

const { content, bodies, problems } = validateContent(contentDir());
if (problems.length > 0) console.warn(`（另有 ${problems.length} 个内容问题，运行 npm run lint:content 查看）\n`);
console.log(formatReport(contentReport(content, bodies, new Date())));
