import { describe, expect, it } from 'vitest';
import { describeSelection, kindsOf, routePattern, selectPages, type PageKinds } from './page-selection';

const page = (path: string, body: string, head = ''): PageKinds => ({
  path,
  pattern: routePattern(path),
  kinds: kindsOf(`<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`),
});

const ENTRY = '<main><article class="entry prose"><h1>标题</h1><p>正文</p></article></main>';

describe('routePattern', () => {
  it('keeps top-level pages and stands deeper pages for their siblings', () => {
    expect(routePattern('/')).toBe('/');
    expect(routePattern('/about/')).toBe('/about/');
    expect(routePattern('/faq/')).toBe('/faq/');
    expect(routePattern('/faq/money-not-arrived/')).toBe('/faq/*/');
    expect(routePattern('/faq/page/2/')).toBe('/faq/page/*/');
    expect(routePattern('/404.html')).toBe('/404.html');
  });
});

describe('kindsOf', () => {
  it('finds elements, control types, roles, classes, data and ARIA attributes, scripts and stylesheets', () => {
    const kinds = kindsOf(
      '<head><link rel="stylesheet" href="/_astro/index.B1a2C3d4.css"><script type="module" src="/_astro/search.Xy9_-abC.js"></script></head>' +
        '<body><div role="region" class="a b" data-copy-value="x" aria-expanded="false"><input type="radio" name="r"><button type=button>好</button></div></body>',
    );
    expect([...kinds].sort()).toEqual(
      [
        '<head>',
        '<link>',
        '<script>',
        '<body>',
        '<div>',
        '<input>',
        '<button>',
        '[role=region]',
        '.a',
        '.b',
        '[data-copy-value]',
        '[aria-expanded]',
        'input[type=radio]',
        'button[type=button]',
        'style:index.css',
        'script:search.js',
      ].sort(),
    );
  });

  it('knows a script the build inlined by the file it came from', () => {
    const linked = kindsOf('<script type="module" src="/_astro/search.Xy9_-abC.js"></script>');
    const inlined = kindsOf('<script type="module" data-inlined-from="/_astro/search.Xy9_-abC.js">run()</script>');
    expect(inlined).toEqual(linked);
  });

  it('ignores what script and style elements contain, and values that change from page to page', () => {
    const a = kindsOf('<script type="application/ld+json">{"x":"<table>"}</script><a href="/a/" id="one">一</a>');
    const b = kindsOf('<script type="application/ld+json">{"y":1}</script><a href="/b/" id="two">二</a>');
    expect(a).toEqual(b);
    expect(a.has('<table>')).toBe(false);
  });
});

describe('selectPages', () => {
  const site = [
    page('/', '<main><h1>首页</h1><ul class="card-list"><li>一</li></ul></main>'),
    page('/faq/', '<main><h1>常见问题</h1><ul class="card-list"><li>一</li></ul></main>'),
    page('/faq/a/', ENTRY),
    page('/faq/b/', ENTRY),
    page('/faq/c/', ENTRY),
    page('/glossary/x/', ENTRY),
  ];

  it('takes one page per route pattern when the pages hold nothing else', () => {
    expect(selectPages(site).map((s) => [s.path, s.pattern])).toEqual([
      ['/', '/'],
      ['/faq/', '/faq/'],
      ['/faq/a/', '/faq/*/'],
      ['/glossary/x/', '/glossary/*/'],
    ]);
  });

  it('brings in a page whose content has an element no other page has', () => {
    const withDetails = page(
      '/faq/b/',
      '<main><article class="entry prose"><h1>标题</h1><details><summary>展开</summary>内容</details></article></main>',
    );
    const selection = selectPages(site.map((p) => (p.path === '/faq/b/' ? withDetails : p)));
    const chosen = selection.find((s) => s.path === '/faq/b/');
    expect(chosen).toBeDefined();
    expect(chosen!.adds).toEqual(expect.arrayContaining(['<details>', '<summary>']));
  });

  it('covers every kind of the build with as few extra pages as it can', () => {
    const pages = [
      ...site,
      page('/faq/d/', `${ENTRY}<table><tr><td>1</td></tr></table>`),
      page('/faq/e/', `${ENTRY}<table><tr><td>1</td></tr></table><svg><path d="M0 0"/></svg>`),
      page('/faq/f/', `${ENTRY}<svg><path d="M0 0"/></svg>`),
    ];
    const selection = selectPages(pages);
    const covered = new Set(selection.flatMap((s) => [...pages.find((p) => p.path === s.path)!.kinds]));
    for (const p of pages) for (const kind of p.kinds) expect(covered.has(kind), kind).toBe(true);
    // /faq/e/ alone brings the table and the SVG; /faq/d/ and /faq/f/ add nothing more.
    expect(selection.map((s) => s.path)).toContain('/faq/e/');
    expect(selection.map((s) => s.path)).not.toContain('/faq/d/');
    expect(selection.map((s) => s.path)).not.toContain('/faq/f/');
  });

  it('does not grow with pages that hold nothing new', () => {
    const many = Array.from({ length: 2000 }, (_, i) => page(`/faq/s${String(i).padStart(4, '0')}/`, ENTRY));
    expect(selectPages([...site, ...many])).toHaveLength(selectPages(site).length);
  });

  it('describes the selection one page a line', () => {
    const text = describeSelection(selectPages(site), site.length);
    expect(text.split('\n')[0]).toBe(`browser gates visit 4 of ${site.length} pages:`);
    expect(text).toContain('/glossary/x/  [route /glossary/*/]');
  });
});
