import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST } from '../support/build';
import { DESKTOP, PHONE, launchBrowser, newContext } from '../support/browser';
import { builtPages, readPage } from '../support/dist';
import { startServer, type StaticServer } from '../support/server';
import { openSearchPage, rawPagefind, readAtLeast, readResults, searchPage, statusText, waitForSearch } from '../support/search';
import { runAxe } from '../support/axe';
import { closeAll } from '../support/teardown';

let browser: Browser;
let server: StaticServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer(DIST);
});

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await closeAll(browser, server);
});

async function openPage(options = DESKTOP, path = '/'): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, options);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`a script opened a ${d.type()} dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${server.origin}${path}`);
  return { page, errors };
}

const anEntry = () => builtPages().find((p) => /^\/(faq|causes)\/[a-z0-9-]+\/$/.test(p)) ?? '/about/';

describe('header search dialog', () => {
  it('downloads nothing of the search until the reader reaches for it', async () => {
    const { page } = await openPage(DESKTOP, anEntry());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForLoadState('networkidle');
    await page.reload({ waitUntil: 'networkidle' });
    expect(requests.filter((u) => u.includes('/pagefind/') || /panel|dialog/.test(u))).toEqual([]);
    await page.focus('[data-search-open]');
    await page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
  });

  it('leads to the search page when the dialog cannot load', async () => {
    // The offline worker would fetch the file itself, out of the test's reach.
    const context = await newContext(browser, { ...DESKTOP, serviceWorkers: 'block' });
    contexts.push(context);
    const page = await context.newPage();
    await page.route(/\/_astro\/dialog\.[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${server.origin}${anEntry()}`);
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.click('[data-search-open]')]);
  });

  it('opens on click, Ctrl+K and "/", traps focus, closes on Escape and returns focus', async () => {
    const { page, errors } = await openPage(DESKTOP, anEntry());
    const open = page.locator('[data-search-open]');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect(open.isVisible()).resolves.toBe(true);
    await expect(page.locator('header .header-form').isVisible()).resolves.toBe(false);
    // The dialog joins the page with its code, when the reader first reaches for search.
    expect(await dialog.count()).toBe(0);

    // The header sets data-search-state: "open" once the dialog's field has the focus,
    // "closed" once the focus is back outside the dialog.
    const state = (value: 'open' | 'closed') =>
      page.waitForSelector(`[data-header-search][data-search-state="${value}"]`, { state: 'attached' });
    const focusIsInField = () => page.evaluate(() => Boolean(document.activeElement?.matches('dialog [data-search-input]')));

    await open.click();
    await state('open');
    expect(await focusIsInField()).toBe(true);
    expect(await dialog.getAttribute('aria-labelledby')).toBe('search-dialog-title');
    expect(await page.locator('#search-dialog-title').textContent()).toBe('搜索');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await state('closed');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);

    // Opened from nowhere (a click on the page), closed, and opened again with "/" at once:
    // the "/" must open the dialog, not fall into the closed dialog's field.
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    await state('open');
    await page.keyboard.press('Escape');
    await state('closed');
    await page.keyboard.press('/');
    await state('open');
    expect(await focusIsInField()).toBe(true);
    expect(await page.inputValue('dialog [data-search-input]')).toBe('');
    await page.keyboard.press('Escape');
    await state('closed');
    expect(errors).toEqual([]);
  });

  it('shows results with section, title, highlighted passage, in Chinese', async () => {
    const { page, errors } = await openPage(DESKTOP, '/');
    await page.click('[data-search-open]');
    // The panel loads on first use: type once its field has focus.
    await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
    await page.keyboard.type('到账');
    await waitForSearch(page, 'dialog');
    const results = await readResults(page, 'dialog');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.section).not.toBe('');
    expect(results[0]?.title).not.toBe('');
    expect(results.some((r) => r.excerptHtml.includes('<mark>'))).toBe(true);
    expect(await statusText(page, 'dialog')).toMatch(/^找到 \d+ 条结果/);
    expect(errors).toEqual([]);
  });

  it('starts loading the index when any search field gets focus, the home page one too', async () => {
    const { page } = await openPage(DESKTOP, '/');
    await page.waitForLoadState('networkidle');
    const loading = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
    await page.focus('#home-q');
    await loading;
  });

  it('keeps the plain search form working without JavaScript', async () => {
    const { page } = await openPage({ ...DESKTOP, javaScriptEnabled: false }, anEntry());
    expect(await page.locator('header .header-form').isVisible()).toBe(true);
    expect(await page.locator('[data-search-open]').isVisible()).toBe(false);
    expect(await page.locator('main h1').textContent()).not.toBe('');
    await page.fill('#header-q', '钱没到账');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#header-q', 'Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=钱没到账');
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
  });
});

describe('search page', () => {
  it("is the only search on its page; its code loads on first use, and the dialog's shortcuts focus its field", async () => {
    const { page, errors } = await openPage(DESKTOP, '/search/');
    expect(await page.locator('[data-header-search]').count()).toBe(0);
    expect(await page.locator('main [data-search-panel][data-mounted]').count()).toBe(0);
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.matches('main [data-search-input]'));
    expect(await page.inputValue('main [data-search-input]')).toBe('');
    await page.waitForSelector('main [data-search-panel][data-mounted]', { state: 'attached' });
    await page.locator('main h1').click();
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.matches('main [data-search-input]'));
    await page.keyboard.type('到账');
    await waitForSearch(page);
    expect((await readResults(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('runs the query from the URL and keeps the URL in step while typing', async () => {
    const { page, errors } = await openPage();
    const results = await searchPage(page, server.origin, '到账');
    expect(results.length).toBeGreaterThan(0);
    expect(await page.inputValue('main [data-search-input]')).toBe('到账');
    await page.fill('main [data-search-input]', '');
    await page.locator('main [data-search-input]').pressSequentially('A0');
    await waitForSearch(page);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'A0');
    expect((await readResults(page))[0]?.href).toBe('/codes/A0/');
    expect(errors).toEqual([]);
  });

  it('filters by section with the keyboard, and the filter is announced and kept in the URL', async () => {
    const { page } = await openPage();
    const all = await searchPage(page, server.origin, '到账');
    const sections = [...new Set(all.map((r) => r.section))];
    expect(sections.length).toBeGreaterThan(1);
    await page.focus('main [data-filter-summary]');
    await page.keyboard.press('Enter');
    const target = sections[1];
    const radio = page.locator(`main fieldset:has(legend:text-is("栏目")) input[type=radio][value="${target}"]`);
    await radio.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((s) => new URL(location.href).searchParams.get('section') === s, target);
    await waitForSearch(page);
    const filtered = await readResults(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((r) => r.section === target)).toBe(true);
    expect(await page.locator('main [data-filter-summary]').textContent()).toContain(target);

    // A shared link with the filter opens filtered.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('到账')}&section=${encodeURIComponent(target ?? '')}`);
    await waitForSearch(page);
    expect((await readResults(page)).every((r) => r.section === target)).toBe(true);
  });

  it('offers a merchant-type filter where entries have one', async () => {
    const hasTypes = builtPages().some((p) => p.startsWith('/requirements/') && p !== '/requirements/');
    const { page } = await openPage();
    await searchPage(page, server.origin, '资料');
    await page.click('main [data-filter-summary]');
    await page.waitForSelector('main fieldset legend');
    const legends = await page.$$eval('main fieldset legend', (ls) => ls.map((l) => l.textContent));
    expect(legends.includes('商户类型')).toBe(hasTypes);
  });
});

describe('typing with an input method', () => {
  it('searches the words once they are composed, not the pinyin letters on the way', async () => {
    const { page } = await openPage();
    await openSearchPage(page, `${server.origin}/search/`);
    const states = await page.evaluate(() => {
      const panel = document.querySelector<HTMLElement>('main [data-search-panel]')!;
      const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
      const before = panel.dataset.state ?? '';
      input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      input.value = 'qian';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'qian' }));
      const composing = panel.dataset.state ?? '';
      input.value = '钱没到账';
      input.dispatchEvent(new CompositionEvent('compositionend', { data: '钱没到账' }));
      return { before, composing, after: panel.dataset.state ?? '' };
    });
    expect(states.composing).toBe(states.before);
    expect(states.after).toBe('pending');
    await waitForSearch(page);
    expect((await readResults(page)).length).toBeGreaterThan(0);
    expect(await statusText(page)).toMatch(/^找到 \d+ 条结果/);
  });
});

describe('bad input', () => {
  const nasty = [
    '',
    '   ',
    '到账'.repeat(1000),
    '<img src=x onerror=window.__pwned=1>',
    '"><script>window.__pwned=1</script>',
    '💰😡 钱没到账 👍🏽',
    '\u202e\u200f到账\u200e',
    '\ud800到账\udfff',
    'Ａ０　５１　Ｔ＋１',
    '％＆＄＃＠！',
    '\u0000\u0007',
  ];

  it('never breaks the page or turns the query into markup', async () => {
    const { page, errors } = await openPage();
    for (const query of nasty) {
      await openSearchPage(page, `${server.origin}/search/`);
      await page.evaluate((q) => {
        const input = document.querySelector<HTMLInputElement>('main [data-search-input]')!;
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, query);
      if (query.trim()) await waitForSearch(page);
      else await page.waitForSelector('main [data-search-panel][data-state="empty"]', { state: 'attached' });
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        imgs: document.querySelectorAll('main img, main script:not([src]):not([data-inlined-from])').length,
        panelState: document.querySelector('main [data-search-panel]')?.getAttribute('data-state'),
        bodyText: document.body.innerText.length,
      }));
      expect(state.pwned, query).toBeUndefined();
      expect(state.imgs, query).toBe(0);
      expect(state.panelState, query).not.toBe('error');
      expect(state.bodyText, query).toBeGreaterThan(0);
    }
    // Through the URL as well, as a shared link would carry it (a 2,000-character query is
    // longer than servers accept in a URL, so it is tested through the field only).
    for (const query of nasty.slice(3, 7)) {
      await searchPage(page, server.origin, query);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main [data-search-results] img').count()).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it('says so when the query finds nothing, and offers the troubleshooter, the FAQ and the official route', async () => {
    const { page } = await openPage();
    for (const query of ['zzqqxxnotaword', '12399']) {
      const results = await searchPage(page, server.origin, query);
      expect(results, query).toEqual([]);
      expect(await statusText(page)).toContain('没有找到');
      const help = await page.$$eval('main [data-search-help]:not([hidden]) a', (as) => as.map((a) => a.getAttribute('href')));
      expect(help, query).toEqual(['/troubleshoot/', '/faq/', 'https://www.lakala.com/']);
    }
    // ...and takes the help away again once something is found.
    await searchPage(page, server.origin, '到账');
    expect(await page.locator('main [data-search-help]').isHidden()).toBe(true);
  });

  it('does not search everything for a query of filler words alone', async () => {
    const { page } = await openPage();
    for (const query of ['怎么办', '吗', '怎么办呢？']) {
      const results = await searchPage(page, server.origin, query);
      expect(results, query).toEqual([]);
      expect(await statusText(page), query).toContain('没有具体的问题');
      expect(await page.locator('main [data-search-help]').isVisible(), query).toBe(true);
    }
  });

  it('finds full-width codes as their ASCII form', async () => {
    const { page } = await openPage();
    const results = await searchPage(page, server.origin, 'Ａ０');
    expect(results[0]?.href).toBe('/codes/A0/');
  });
});

describe('results show the answer', () => {
  /** Furniture every entry page carries; none of it is the entry's own content. */
  const FURNITURE = ['相关内容', '还没解决？', '这篇内容有帮助吗？', '本页目录', '依据与来源', '发给客户'];
  const plain = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"');
  /** The short answer as the entry page shows it. */
  const answerOf = (path: string) => plain(/data-pagefind-meta="answer"[^>]*>([\s\S]*?)<\/p>/.exec(readPage(path))?.[1] ?? '');

  it('the first result for 扣点太高, 钱没到账 and 账户被冻结了 shows its answer, and no page furniture', async () => {
    const { page, errors } = await openPage(PHONE);
    for (const query of ['扣点太高', '钱没到账', '账户被冻结了']) {
      const results = await searchPage(page, server.origin, query);
      expect(results.length, query).toBeGreaterThan(0);
      const first = results[0]!;
      expect(answerOf(first.href), query).not.toBe('');
      expect(plain(first.excerptHtml), query).toBe(answerOf(first.href));
      for (const r of results) {
        expect(r.subTitles.length, `${query}: ${r.href}`).toBeLessThanOrEqual(2);
        expect(
          r.subTitles.filter((t) => FURNITURE.includes(t)),
          `${query}: ${r.href}`,
        ).toEqual([]);
        expect(plain(r.excerptHtml), `${query}: ${r.href}`).not.toMatch(/^[\p{P}\s]/u);
      }
    }
    expect(errors).toEqual([]);
  });

  it('never shows an alias or synonym list as a passage', async () => {
    const { page } = await openPage();
    for (const query of ['扣点', '刷卡机不到账', '冻结']) {
      for (const r of await searchPage(page, server.origin, query)) {
        expect(plain(r.excerptHtml), `${query}: ${r.href}`).not.toMatch(/常见说法：|相关说法：|｜/);
      }
    }
  });

  it('indexes only the entry itself: page furniture finds nothing', async () => {
    const { page } = await openPage(DESKTOP, '/about/');
    for (const phrase of ['上一篇', '下一篇', '这篇内容有帮助吗', '本页目录', '简要回答']) {
      expect(await rawPagefind(page, server.origin, `"${phrase}"`), phrase).toEqual([]);
    }
  });

  it('passes axe with results, partial matches and the help shown, light and dark', async () => {
    const { page } = await openPage(PHONE);
    for (const query of ['钱没到账', '跳码 挂失', 'zzqqxxnotaword']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await searchPage(page, server.origin, query);
        expect(await runAxe(page), `${query}, ${colorScheme}`).toEqual([]);
      }
    }
    await page.goto(`${server.origin}/about/`);
    await page.tap('[data-search-open]');
    await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
    await page.keyboard.type('扣点太高');
    await waitForSearch(page, 'dialog');
    expect(await runAxe(page)).toEqual([]);
  });

  it('shows partial matches after the full ones, and says so', async () => {
    const { page } = await openPage();
    // A few pages explain 跳码 and a few 挂失; hardly any both.
    const results = await searchPage(page, server.origin, '跳码 挂失');
    expect(results.length).toBeGreaterThan(0);
    const firstPartial = results.findIndex((r) => r.partial);
    expect(firstPartial).toBeGreaterThanOrEqual(0);
    expect(results.slice(firstPartial).every((r) => r.partial)).toBe(true);
    const status = await statusText(page);
    if (firstPartial === 0) expect(status).toContain('没有同时包含所有词的结果，以下是部分匹配');
    else expect(status).toMatch(/找到 \d+ 条结果。另有 \d+ 条部分匹配/);
    expect(await page.locator('main [data-search-partial-note]').isVisible()).toBe(true);
  });
});

describe('on a phone', () => {
  it('types a query, sees results and opens one', async () => {
    const { page, errors } = await openPage(PHONE, '/');
    await page.tap('[data-search-open]');
    await page.waitForFunction(() => document.activeElement?.matches('dialog [data-search-input]'));
    await page.keyboard.type('钱没到账');
    await waitForSearch(page, 'dialog');
    const results = await readResults(page, 'dialog');
    expect(results.length).toBeGreaterThan(0);
    const first = page.locator('dialog [data-search-results] > li .result-title').first();
    const box = await first.boundingBox();
    expect(box && box.width <= PHONE.viewport!.width).toBe(true);
    await Promise.all([page.waitForURL(`**${results[0]?.href}`), first.tap()]);
    expect(await page.locator('main h1').textContent()).toBe(results[0]?.title);
    expect(errors).toEqual([]);
  });

  it('fetches only the passages of the results its screen shows, and the rest on 显示更多结果', async () => {
    // The offline worker would fetch files itself, out of the page's request log.
    const context = await newContext(browser, { ...PHONE, serviceWorkers: 'block' });
    contexts.push(context);
    const page = await context.newPage();
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    const fetchedFewer: string[] = [];
    for (const query of ['签到', '手续费', '冻结', '钱没到账']) {
      fragments.length = 0;
      const shown = await searchPage(page, server.origin, query);
      expect(fragments.length, query).toBe(shown.length);
      if (shown.length < 3) {
        fetchedFewer.push(query);
        // Fewer than three only when the screen is full: the last one reaches its bottom edge.
        const bottom = await page.$eval('main [data-search-panel]', (panel) => {
          const items = panel.querySelectorAll('.result');
          return items[items.length - 1]?.getBoundingClientRect().bottom ?? 0;
        });
        expect(bottom, query).toBeGreaterThan(PHONE.viewport!.height - 120);
      }
      const more = await readAtLeast(page, shown.length + 1);
      expect(more.slice(0, shown.length)).toEqual(shown);
      expect(fragments.length, query).toBe(more.length);
    }
    expect(fetchedFewer.length).toBeGreaterThan(0);
  });
});

describe('Chinese indexing pitfalls', () => {
  it('every page declares zh-CN and keeps its <h1> inside the indexed body', () => {
    for (const path of builtPages().filter((p) => p !== '/404.html')) {
      const html = readPage(path);
      expect(html, path).toMatch(/<html lang="zh-CN"/);
      const body = html.slice(html.indexOf('data-pagefind-body'));
      if (html.includes('data-pagefind-body')) expect(body, path).toMatch(/<h1[\s>]/);
    }
  });

  it('Pagefind matches words as prefixes and requires every word (AND); the site relaxes for it', async () => {
    const { page } = await openPage(DESKTOP, '/about/');
    const signIn = await rawPagefind(page, server.origin, '签到');
    const codes = await rawPagefind(page, server.origin, '应答码');
    const both = await rawPagefind(page, server.origin, '签到 应答码');
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((u) => signIn.includes(u) && codes.includes(u))).toBe(true);
    // "应答" is a prefix of the indexed word "应答码"
    expect(await rawPagefind(page, server.origin, '应答')).toEqual(expect.arrayContaining(codes));
    // Filler words would make Pagefind's AND miss; the site's plan drops them and searches 签到.
    const relaxed = await searchPage(page, server.origin, '签到怎么办呢');
    expect(relaxed.length).toBeGreaterThan(0);
    expect(relaxed.every((r) => signIn.includes(r.href))).toBe(true);
  });

  it('does not quote phrases: a quoted query finds what the bare words find', async () => {
    const { page } = await openPage();
    const bare = await searchPage(page, server.origin, '未到账');
    const quoted = await searchPage(page, server.origin, '"未到账"');
    expect(quoted.map((r) => r.href)).toEqual(bare.map((r) => r.href));
  });

  it('hints to type more when a single character is searched', async () => {
    const { page } = await openPage();
    await searchPage(page, server.origin, '账');
    expect(await statusText(page)).toContain('只输入一个字');
  });

  it('finds mixed Latin and digits whole: T+1, A0, 51, 97, D0, 12363', async () => {
    const { page } = await openPage();
    const text = (p: string) => readPage(p).replace(/<[^>]+>/g, ' ');
    const entries = builtPages().filter((p) => /^\/[a-z]+\/[A-Za-z0-9-]+\/$/.test(p));
    for (const token of ['T+1', 'A0', '51', '97', 'D0', '12363']) {
      const pages = entries.filter((p) => new RegExp(`(^|[^A-Za-z0-9+])${token.replace('+', '\\+')}($|[^A-Za-z0-9])`).test(text(p)));
      const results = await searchPage(page, server.origin, token);
      if (pages.length === 0) continue; // not in the content (yet): nothing to find
      expect(results.length, token).toBeGreaterThan(0);
      expect(pages, token).toContain(results[0]?.href);
    }
  });
});
