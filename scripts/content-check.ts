/** `npm run lint:content`: every content problem at once, in plain words. Runs before every build. */
import { formatProblems } from '../src/lib/content/checks/types';
import { validateContent } from '../src/lib/authoring/validate';
import { contentDir } from '../src/lib/deploy/content-dir';

const { problems, content } = validateContent(contentDir());
if (problems.length > 0) {
  console.error(formatProblems(problems).replace('网站未生成', '请先改正再发布'));
  process.exit(1);
}
const total = Object.values(content).reduce((n, entries) => n + entries.length, 0);
console.log(`内容检查通过：${total} 个条目，没有发现问题。`);
