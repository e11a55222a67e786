/**
 * `npm run urls:record`: adds the pages of the last build (dist/) to tests/published-urls.json.
 * It never removes an address: a page that is gone must redirect instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { builtPages, everyBuiltPage } from '../tests/support/dist';

const FILE = 'tests/published-urls.json';
const list = JSON.parse(readFileSync(FILE, 'utf8')) as { note: string; urls: string[] };
const known = new Set(list.urls);
const added = everyBuiltPage().filter((p) => p.endsWith('/') && !known.has(p));
writeFileSync(FILE, `${JSON.stringify({ ...list, urls: [...list.urls, ...added].sort() }, null, 2)}\n`);
console.log(added.length ? `已记录 ${added.length} 个新地址：\n${added.join('\n')}` : `没有新地址（共 ${builtPages().length} 个页面）。`);
