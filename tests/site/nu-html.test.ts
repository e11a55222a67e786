import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, TMP } from '../support/build';
import { checkWithNu } from '../support/nu-html';

describe('valid HTML, by the W3C Nu Html Checker', () => {
  it('every built page has no errors', () => {
    const { pages, errors } = checkWithNu(DIST);
    console.log(`Nu Html Checker: ${pages} pages, ${errors.length} errors`);
    expect(pages).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 600_000);

  it('finds what it is for: a <meta> without a name, a script after </html>', () => {
    const dir = join(TMP, 'nu-gate');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>' +
        '<meta data-pagefind-filter="section[content]" content="常见问题"></head><body><p>正文</p></body></html>' +
        '<script type="module" src="/x.js"></script>',
    );
    try {
      const messages = checkWithNu(dir)
        .errors.map((e) => e.message)
        .join('\n');
      expect(messages).toMatch(/Element “meta” is missing one or more of the following attributes/);
      expect(messages).toMatch(/Stray start tag “script”/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
