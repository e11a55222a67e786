/** `npm run new -- <collection> <slug>`: a new entry from a template, with today's date. */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkScaffoldArgs, codeTemplate, entryTemplate, ScaffoldError } from '../src/lib/authoring/scaffold';
import { isoDay } from '../src/lib/content/dates';
import { contentDir } from '../src/lib/deploy/content-dir';

try {
  const { collection, slug } = checkScaffoldArgs(process.argv[2], process.argv[3]);
  const today = isoDay(new Date());
  const dir = join(contentDir(), collection);
  if (collection === 'codes') {
    const file = join(dir, 'codes.yaml');
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (new RegExp(`^- id: '?${slug}'?\\s*$`, 'm').test(existing))
      throw new ScaffoldError(`应答码 ${slug} 已经存在于 ${relative(process.cwd(), file)}`);
    appendFileSync(file, `${existing && !existing.endsWith('\n') ? '\n' : ''}${codeTemplate(slug, today)}`);
    console.log(`已在 ${relative(process.cwd(), file)} 末尾添加应答码 ${slug}，请填写标有“待填写”的地方。`);
  } else {
    const taken = ['.mdx', '.md'].map((ext) => join(dir, slug + ext)).find((f) => existsSync(f));
    if (taken) throw new ScaffoldError(`${relative(process.cwd(), taken)} 已经存在：换一个编号，或直接编辑它`);
    const file = join(dir, `${slug}.mdx`);
    writeFileSync(file, entryTemplate(collection, today), { flag: 'wx' });
    console.log(`已创建 ${relative(process.cwd(), file)}，请填写标有“待填写”的地方，然后运行 npm run lint:content 检查。`);
  }
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
