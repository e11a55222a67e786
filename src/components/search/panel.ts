import { basePath } from '../../lib/content/urls';
import {
  SEARCH_DEBOUNCE_MS,
  isWrittenFor,
  searchSite,
  typedFirst,
  type PagefindApi,
  type PagefindData,
  type PagefindHit,
  type SearchOutcome,
} from '../../lib/search/engine';
import type { ExcerptPart } from '../../lib/search/excerpt';
import { resultPassage, subPassages } from '../../lib/search/passage';
import { isSingleHanCharacter, normalizeQuery, planQuery } from '../../lib/search/query';
import { RANKING } from '../../lib/search/weights';
import { requiredElement } from '../../lib/required';

/** Filters offered, in the order shown. Their names are also the search page's URL parameters. */
const FILTERS = [
  { name: 'section', legend: '栏目' },
  { name: 'merchant', legend: '商户类型' },
] as const;

/**
 * Each result shown loads its page's fragment, so only results the reader sees are fetched: at
 * first those the screen has room for, at most `FIRST_PAGE`, then `PAGE_SIZE` per "显示更多结果".
 */
const FIRST_PAGE = 3;
const PAGE_SIZE = 5;

/** Room left below the results, in CSS pixels, for one more to be worth loading: its section, title and a line. */
const ROOM_FOR_ONE_MORE = 120;

let pagefind: Promise<PagefindApi> | undefined;
/** The loaded index, once it is ready. */
let ready: PagefindApi | undefined;

/** Loads pagefind.js (and through it the wasm and index metadata) once, on first need. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = `${basePath()}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Searching this small index takes milliseconds, so it runs on the page: no worker to fetch.
    await api.options({ noWorker: true, excerptLength: 30, ranking: RANKING });
    await api.init();
    ready = api;
    return api;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/** While the reader types, the index chunks for the words so far load, so the search does not wait for them. */
function preload(query: string): void {
  if (!ready) return;
  const words = planQuery(query)?.words;
  if (words && words.length > 0) void ready.preload(words.join(' ')).catch(() => undefined);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with its highlights; only <mark> is ever created, everything else is text. */
function passageNode(parts: ExcerptPart[], className: string): HTMLParagraphElement {
  const p = el('p', className);
  for (const part of parts) p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

/** Result links point at our own pages only. */
function safeHref(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : basePath();
}

function resultNode(hit: PagefindHit, data: PagefindData, words: string[]): HTMLLIElement {
  const li = el('li', 'result');
  const section = data.filters?.section?.[0];
  if (section) li.append(el('p', 'result-section', section));
  const link = el('a', 'result-title', data.meta.title ?? data.url);
  link.href = safeHref(data.url);
  const passage = resultPassage(hit, data, words);
  li.append(link, passageNode(passage, 'result-excerpt'));
  const subs = subPassages(data, passage);
  if (subs.length > 0) {
    const list = el('ul', 'sub-results');
    list.setAttribute('aria-label', `${data.meta.title ?? ''} 中的相关段落`);
    for (const sub of subs) {
      const item = el('li');
      const a = el('a', undefined, sub.title);
      a.href = safeHref(sub.url);
      item.append(a, passageNode(sub.parts, 'sub-excerpt'));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Wires one search panel (the dialog's or the search page's) to the index. */
export function mountPanel(root: HTMLElement): { focus(): void; setQuery(q: string): void } {
  const input = requiredElement(root, '[data-search-input]', HTMLInputElement);
  const status = requiredElement(root, '[data-search-status]', HTMLElement);
  const list = requiredElement(root, '[data-search-results]', HTMLOListElement);
  const partialNote = requiredElement(root, '[data-search-partial-note]', HTMLElement);
  const partialList = requiredElement(root, '[data-search-partial]', HTMLOListElement);
  const more = requiredElement(root, '[data-search-more]', HTMLButtonElement);
  const help = requiredElement(root, '[data-search-help]', HTMLElement);
  const filterBox = requiredElement(root, '[data-filters]', HTMLDetailsElement);
  const filterGroups = requiredElement(root, '[data-filter-groups]', HTMLElement);
  const filterSummary = requiredElement(root, '[data-filter-summary]', HTMLElement);
  const form = requiredElement(root, 'form', HTMLFormElement);
  const syncUrl = root.hasAttribute('data-sync-url');
  const sectionOrder = JSON.parse(root.dataset.sectionOrder ?? '[]') as string[];
  const idPrefix = input.id;

  const selected: Record<string, string> = {};
  /** Every filter value in the index, once the reader opens the filters (or a link set one). */
  let allFilters: Record<string, Record<string, number>> | undefined;
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

  function renderFilters(counts: SearchOutcome['counts']): void {
    const active = Object.values(activeFilters());
    filterSummary.textContent = active.length > 0 ? `筛选：${active.join('、')}` : '筛选';
    if (!allFilters) return;
    filterGroups.replaceChildren();
    for (const f of FILTERS) {
      const values = Object.keys(allFilters[f.name] ?? {});
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
          void run(true);
        });
        label.append(radio, !value ? '全部' : outcome ? `${value}（${count}）` : value);
        label.hidden = value !== '' && count === 0 && !radio.checked && outcome !== undefined;
        group.append(label);
      }
      filterGroups.append(group);
    }
  }

  /** Filters load with the first search that needs them: nobody pays for them otherwise. */
  async function loadFilters(api: PagefindApi): Promise<void> {
    allFilters ??= await api.filters();
  }

  function clear(): void {
    list.replaceChildren();
    partialList.replaceChildren();
    partialList.hidden = true;
    partialNote.hidden = true;
    more.hidden = true;
    help.hidden = true;
  }

  type Loaded = { hit: PagefindHit; data: PagefindData };
  const load = (hits: PagefindHit[]): Promise<Loaded[]> => Promise.all(hits.map(async (hit) => ({ hit, data: await hit.data() })));

  function render(current: SearchOutcome, loaded: Loaded[]): void {
    loaded.forEach((r, i) => {
      const partial = shown + i >= current.hits.length;
      (partial ? partialList : list).append(resultNode(r.hit, r.data, current.words));
    });
    shown += loaded.length;
    partialList.hidden = partialNote.hidden = partialList.childElementCount === 0;
    more.hidden = shown >= current.hits.length + current.partial.length;
  }

  /** Whether the screen shows space below the results so far. */
  function roomBelow(): boolean {
    const last = partialList.hidden ? list : partialList;
    return last.getBoundingClientRect().bottom < innerHeight - ROOM_FOR_ONE_MORE;
  }

  /**
   * The first results: the top one, and more while the screen has room. An entry with an alias
   * that is the query word for word goes first (`typedFirst`) when it is among the top three;
   * when the top result is one already, the others need not be fetched to know.
   */
  async function showFirst(current: SearchOutcome, mine: number): Promise<void> {
    const all = [...current.hits, ...current.partial];
    let loaded = await load(all.slice(0, 1));
    const full = Math.min(FIRST_PAGE, current.hits.length);
    const top = loaded[0];
    if (top && full > 1 && !isWrittenFor(top.data.meta, current.phrase)) {
      const ranked = typedFirst(
        [...loaded, ...(await load(all.slice(1, full)))].map((r) => ({ ...r, meta: r.data.meta })),
        current.phrase,
      );
      current.hits.splice(0, full, ...ranked.map((r) => r.hit));
      loaded = ranked;
    }
    if (mine !== generation) return;
    render(current, loaded);
    while (shown < Math.min(FIRST_PAGE, all.length) && roomBelow()) {
      const next = await load(all.slice(shown, shown + 1));
      if (mine !== generation) return;
      render(current, next);
    }
  }

  /** Set while "显示更多结果" loads, so a second press does not show the same results twice. */
  let loadingMore = false;

  async function showMore(): Promise<void> {
    const current = outcome;
    if (!current || loadingMore) return;
    const mine = generation;
    loadingMore = true;
    try {
      const loaded = await load([...current.hits, ...current.partial].slice(shown, shown + PAGE_SIZE));
      if (mine === generation) render(current, loaded);
    } finally {
      loadingMore = false;
    }
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
      clear();
      status.textContent = '';
      root.dataset.state = 'empty';
      return;
    }
    root.dataset.state = 'loading';
    try {
      const api = await loadPagefind();
      if (mine !== generation) return;
      if (filterBox.open || Object.keys(activeFilters()).length > 0) await loadFilters(api);
      const found = await searchSite(api, query, activeFilters());
      if (mine !== generation) return;
      outcome = found;
      shown = 0;
      clear();
      renderFilters(found?.counts ?? {});
      if (found) await showFirst(found, mine);
      if (mine !== generation) return;
      status.textContent = statusText(query, found);
      help.hidden = found !== undefined && found.hits.length + found.partial.length > 0;
      root.dataset.state = 'done';
    } catch {
      if (mine !== generation) return;
      status.textContent = '搜索暂时无法使用。请稍后再试，或从上方栏目浏览。';
      root.dataset.state = 'error';
    }
  }

  function statusText(query: string, found: SearchOutcome | undefined): string {
    if (!found || found.words.length === 0) {
      return `“${query}”里没有具体的问题。请写出遇到的情况，例如“钱没到账”“手续费”“应答码 51”。`;
    }
    const hint = isSingleHanCharacter(query) ? '只输入一个字可能找不全，多输入几个字试试，例如“到账”。' : '';
    const n = found.hits.length;
    const partial = found.partial.length;
    if (n === 0 && partial === 0) {
      const filtered = Object.keys(activeFilters()).length > 0 ? '可以试试取消筛选，' : '';
      return `没有找到“${query}”的相关内容。${filtered}换个说法试试，例如“钱没到账”“手续费”“应答码”。${hint}`;
    }
    if (n === 0) return `没有同时包含所有词的结果，以下是部分匹配（${partial} 条）。${hint}`;
    const more = partial > 0 ? `另有 ${partial} 条部分匹配。` : '';
    return `找到 ${n} 条结果。${more}${hint}`;
  }

  input.addEventListener('input', (event) => {
    // While an input method composes (pinyin letters), the field does not hold the words yet.
    if (event.isComposing) return;
    preload(input.value);
    void run();
  });
  input.addEventListener('compositionend', () => void run());
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  more.addEventListener('click', () => void showMore());
  filterBox.addEventListener('toggle', () => {
    if (!filterBox.open || allFilters) return;
    void loadPagefind()
      .then(loadFilters)
      .then(async () => {
        if (input.value.trim()) await run(true);
        else renderFilters({});
      })
      .catch(() => undefined);
  });
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
  // The panel answers from here on; tests and scripts can wait for this.
  root.dataset.mounted = '';

  return {
    focus: () => {
      input.focus();
    },
    setQuery: (q: string) => {
      input.value = q;
      void run(true);
    },
  };
}
