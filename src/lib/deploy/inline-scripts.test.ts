import { describe, expect, it } from 'vitest';
import { INLINED_FROM } from './csp';
import { inlineModuleScripts } from './inline-scripts';

const files: Record<string, string> = {
  '_astro/page.A1b2C3d4.js': 'import{a as e}from"./shared.B1b2C3d4.js";e(),import(`./panel.C1b2C3d4.js`).then(t=>t.m());\n',
  '_astro/plain.D1b2C3d4.js': 'document.body.dataset.ready=""',
  '_astro/bad.E1b2C3d4.js': 'const s="</script><img src=x>"',
};
const read = (file: string) => {
  const text = files[file];
  if (text === undefined) throw new Error(`no such file ${file}`);
  return text;
};

describe('inlineModuleScripts', () => {
  it("writes the site's module scripts into the page, marked with their file", () => {
    const html = inlineModuleScripts('<head><script type="module" src="/_astro/plain.D1b2C3d4.js"></script></head>', '/x/', '/', read);
    expect(html).toBe(
      `<head><script type="module" ${INLINED_FROM}="/_astro/plain.D1b2C3d4.js">document.body.dataset.ready=""</script></head>`,
    );
  });

  it('makes imports of sibling chunks absolute, under the base path', () => {
    const html = inlineModuleScripts('<script type="module" src="/kb/_astro/page.A1b2C3d4.js"></script>', '/kb/x/', '/kb/', read);
    expect(html).toContain('from"/kb/_astro/shared.B1b2C3d4.js"');
    expect(html).toContain('import(`/kb/_astro/panel.C1b2C3d4.js`)');
    expect(html).not.toContain('./');
  });

  it('leaves scripts from elsewhere linked', () => {
    const other = '<script type="module" src="/pagefind/pagefind.js"></script>';
    expect(inlineModuleScripts(other, '/x/', '/', read)).toBe(other);
  });

  it('refuses, naming the page and the file, a script that would end its element early', () => {
    expect(() => inlineModuleScripts('<script type="module" src="/_astro/bad.E1b2C3d4.js"></script>', '/x/', '/', read)).toThrow(
      /\/x\/: the script \/_astro\/bad\.E1b2C3d4\.js contains "<\/script"/,
    );
  });
});
