import { basePath } from '../../lib/content/urls';
import { SEARCH_DEBOUNCE_MS, searchSite, type PagefindApi, type PagefindData, type SearchOutcome } from '../../lib/search/engine';
import { parseExcerpt } from '../../lib/search/excerpt';
import { SYNONYM_SEPARATOR } from '../../lib/search/index-terms';
import { isSingleHanCharacter, normalizeQuery } from '../../lib/search/query';

/** Filters offered, in the order shown. Their names are also the search page's URL parameters. */
const FILTERS = [
  { name: 'section', legend: '栏目' },
  { name: 'merchant', legend: '商户类型' },
] as const;

const PAGE_SIZE = 8;

let pagefind: Promise<PagefindApi> | undefined;

/** Loads pagefind.js (and through it the worker, wasm and index) once, on first need. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = `${basePath()}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 30 });
    await api.init();
    // Loading the filters first makes every search report counts per filter value.
    await api.filters();
    return api;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(html: string, className: string): HTMLParagraphElement {
  const p = el('p', className);
  for (const part of parseExcerpt(html)) {
    p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  return p;
}

/** Result links point at our own pages only. */
function safeHref(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : basePath();
}

function resultNode(data: PagefindData): HTMLLIElement {
  const li = el('li', 'result');
  const section = data.filters?.section?.[0] ?? data.meta.section;
  if (section) li.append(el('p', 'result-section', section));
  const link = el('a', 'result-title', data.meta.title ?? data.url);
  link.href = safeHref(data.url);
  // The synonyms added for search read as a word list: show the page's summary instead.
  const listy = data.excerpt.includes(SYNONYM_SEPARATOR) && data.meta.description;
  li.append(link, listy ? el('p', 'result-excerpt', data.meta.description) : excerptNode(data.excerpt, 'result-excerpt'));
  const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  if (subs.length > 0) {
    const list = el('ul', 'sub-results');
    list.setAttribute('aria-label', `${data.meta.title ?? ''} 中的相关段落`);
    for (const sub of subs) {
      const item = el('li');
      const a = el('a', undefined, sub.title);
      a.href = safeHref(sub.url);
      item.append(a, excerptNode(sub.excerpt, 'sub-excerpt'));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Wires one search panel (the dialog's or the search page's) to the index. */
export function mountPanel(root: HTMLElement): { focus(): void; setQuery(q: string): void } {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const filterGroups = root.querySelector<HTMLElement>('[data-filter-groups]')!;
  const filterSummary = root.querySelector<HTMLElement>('[data-filter-summary]')!;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const syncUrl = root.hasAttribute('data-sync-url');
  const sectionOrder = JSON.parse(root.dataset.sectionOrder ?? '[]') as string[];
  const idPrefix = input.id;

  const selected: Record<string, string> = {};
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  if (syncUrl) {
    const params = new URLSearchParams(location.search);
    for (const f of FILTERS) {
      const value = params.get(f.name);
      if (value) selected[f.name] = value;
    }
  }

  function activeFilters(): Record<string, string> {
    return Object.fromEntries(Object.entries(selected).filter(([, v]) => v));
  }

  function updateUrl(query: string): void {
    if (!syncUrl) return;
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [k, v] of Object.entries(activeFilters())) params.set(k, v);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  function renderFilters(all: Record<string, Record<string, number>>, counts: SearchOutcome['counts']): void {
    filterGroups.replaceChildren();
    for (const f of FILTERS) {
      const values = Object.keys(all[f.name] ?? {});
      if (values.length === 0) continue;
      if (f.name === 'section') values.sort((a, b) => sectionOrder.indexOf(a) - sectionOrder.indexOf(b));
      const group = el('fieldset', 'filter-group');
      group.append(el('legend', undefined, f.legend));
      for (const value of ['', ...values]) {
        const count = value ? (counts[f.name]?.[value] ?? 0) : undefined;
        const label = el('label', 'filter-option');
        const radio = el('input');
        radio.type = 'radio';
        radio.name = `${idPrefix}-${f.name}`;
        radio.value = value;
        radio.checked = (selected[f.name] ?? '') === value;
        radio.addEventListener('change', () => {
          selected[f.name] = value;
          run(true);
        });
        label.append(radio, value ? `${value}（${count}）` : '全部');
        label.hidden = value !== '' && count === 0 && !radio.checked && outcome !== undefined;
        group.append(label);
      }
      filterGroups.append(group);
    }
    const active = Object.values(activeFilters());
    filterSummary.textContent = active.length > 0 ? `筛选：${active.join('、')}` : '筛选';
    filterBox.hidden = filterGroups.childElementCount === 0;
  }

  async function showMore(): Promise<void> {
    if (!outcome) return;
    const mine = generation;
    const batch = outcome.hits.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((h) => h.data()));
    if (mine !== generation) return;
    list.append(...data.map(resultNode));
    shown += batch.length;
    more.hidden = shown >= outcome.hits.length;
  }

  async function run(immediate = false): Promise<void> {
    clearTimeout(timer);
    const mine = ++generation;
    root.dataset.state = 'pending';
    const query = normalizeQuery(input.value);
    updateUrl(input.value.trim() ? query : '');
    if (!immediate) {
      await new Promise((ok) => (timer = setTimeout(ok, SEARCH_DEBOUNCE_MS)));
      if (mine !== generation) return;
    }
    if (!query) {
      outcome = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      root.dataset.state = 'empty';
      return;
    }
    root.dataset.state = 'loading';
    try {
      const api = await loadPagefind();
      const found = await searchSite(api, query, activeFilters());
      const all = await api.filters();
      if (mine !== generation) return;
      outcome = found;
      shown = 0;
      list.replaceChildren();
      renderFilters(all, found.counts);
      await showMore();
      if (mine !== generation) return;
      status.textContent = statusText(query, found);
      root.dataset.state = 'done';
    } catch {
      if (mine !== generation) return;
      status.textContent = '搜索暂时无法使用。请稍后再试，或从上方栏目浏览。';
      root.dataset.state = 'error';
    }
  }

  function statusText(query: string, found: SearchOutcome): string {
    const n = found.hits.length;
    const hint = isSingleHanCharacter(query) ? '只输入一个字可能找不全，多输入几个字试试，例如“到账”。' : '';
    if (n === 0) {
      const filtered = Object.keys(activeFilters()).length > 0 ? '可以试试取消筛选，' : '';
      return `没有找到“${query}”的相关内容。${filtered}换个说法试试，例如“钱没到账”“手续费”“应答码”。${hint}`;
    }
    const partial = found.stage === 'words' ? '没有同时包含所有词的内容，以下是部分匹配的结果。' : '';
    return `找到 ${n} 条结果。${partial}${hint}`;
  }

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  more.addEventListener('click', () => void showMore());
  form.addEventListener('submit', (event) => {
    // The form still submits without JavaScript; with it, results are already here.
    event.preventDefault();
    void run(true);
  });

  if (syncUrl) {
    const q = new URLSearchParams(location.search).get('q');
    if (q) input.value = q;
  }
  if (input.value.trim()) void run(true);

  return {
    focus: () => input.focus(),
    setQuery: (q: string) => {
      input.value = q;
      void run(true);
    },
  };
}
