import { describe, expect, it } from 'vitest';
import { checkRedirectTargets, parseRedirects, redirectsFile } from './redirects';

const FILE = 'content/redirects/redirects.yaml';

describe('the retired-address list', () => {
  it('reads valid items', () => {
    const { redirects, problems } = parseRedirects('- from: /troubleshooting/\n  to: /causes/\n', FILE);
    expect(problems).toEqual([]);
    expect(redirects).toEqual([{ from: '/troubleshooting/', to: '/causes/' }]);
  });

  it('names the item, the field and the line of a malformed path', () => {
    const { problems } = parseRedirects('- from: /a/\n  to: /b/\n- from: faq/x\n  to: /faq/\n', FILE);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 3, field: '[1].from', message: expect.stringContaining('站内路径') }),
    ]);
  });

  it('refuses a YAML that is not a list, an old address given twice, a self-loop and a chain', () => {
    expect(parseRedirects('from: /a/', FILE).problems[0]?.message).toContain('列表');
    const twice = parseRedirects('- from: /a/\n  to: /b/\n- from: /a/\n  to: /c/\n', FILE).problems;
    expect(twice).toEqual([expect.objectContaining({ field: '[1].from', message: expect.stringContaining('只能指向一个页面') })]);
    expect(parseRedirects('- from: /a/\n  to: /a/\n', FILE).problems[0]?.message).toContain('指向它自己');
    const chain = parseRedirects('- from: /a/\n  to: /b/\n- from: /b/\n  to: /c/\n', FILE).problems;
    expect(chain).toEqual([expect.objectContaining({ field: '[0].to', fix: '把 to 直接写成 /c/' })]);
  });

  it('refuses a retired address that is a live page and a target that is not', () => {
    const live = new Set(['/faq/x/', '/causes/']);
    const problems = checkRedirectTargets(
      [
        { from: '/faq/x/', to: '/causes/' },
        { from: '/old/', to: '/faq/gone/' },
      ],
      FILE,
      (p) => live.has(p),
    );
    expect(problems.map((p) => p.field)).toEqual(['[0].from', '[1].to']);
  });

  it('writes _redirects under the base path', () => {
    expect(redirectsFile([{ from: '/troubleshooting/', to: '/causes/' }], '/kb/')).toBe('/kb/troubleshooting/ /kb/causes/ 301\n');
    expect(redirectsFile([], '/')).toBe('');
  });
});
