/**
 * The search panel's markup, in one place for both of its homes: the search page renders it at
 * build time (SearchPanel.astro), and the header's dialog writes it when a reader first reaches
 * for search (components/search/dialog.ts), so no other page carries it. Its behaviour is
 * `mountPanel` in components/search/panel.ts.
 */

export interface PanelOptions {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** Whether the label shows above the field (in the dialog the dialog's title says it). */
  showLabel: boolean;
  /** Keep the address bar in step with the query (the search page). */
  syncUrl: boolean;
  /** The site's base path, e.g. `/` or `/kb/`. */
  base: string;
  /** Section labels in the order the filters list them. */
  sectionOrder: readonly string[];
  /** Lakala's own site, for the contact line when nothing is found. */
  officialSite: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function searchPanelHtml({ id, showLabel, syncUrl, base, sectionOrder, officialSite }: PanelOptions): string {
  const e = escapeHtml;
  const host = new URL(officialSite).host;
  return (
    `<div class="search-panel" data-search-panel${syncUrl ? ' data-sync-url' : ''} data-section-order="${e(JSON.stringify(sectionOrder))}">` +
    `<form class="search-form" action="${e(base)}search/" method="get" role="search" aria-label="全站搜索">` +
    `<label for="${e(id)}-q"${showLabel ? '' : ' class="visually-hidden"'}>用自己的话描述问题</label>` +
    `<div class="search-row"><input id="${e(id)}-q" name="q" type="search" autocomplete="off" enterkeyhint="search" maxlength="200"` +
    ` placeholder="例如：钱没到账、扣点太高、51" aria-describedby="${e(id)}-status" aria-controls="${e(id)}-results" data-search-input>` +
    `<button class="button" type="submit">搜索</button></div>` +
    `<details class="filters js-only" data-filters><summary data-filter-summary>筛选</summary><div data-filter-groups></div></details>` +
    `</form>` +
    `<p id="${e(id)}-status" class="status" role="status" data-search-status></p>` +
    `<ol id="${e(id)}-results" class="results" data-search-results></ol>` +
    `<p class="partial-note" data-search-partial-note hidden>以下结果只包含部分词语：</p>` +
    `<ol class="results" data-search-partial hidden></ol>` +
    `<button class="button secondary more" type="button" data-search-more hidden>显示更多结果</button>` +
    `<div class="help" data-search-help hidden><p>也可以这样找答案：</p><ul>` +
    `<li><a href="${e(base)}troubleshoot/">按步骤排查结算问题</a>：钱没到账、结算失败，从设备到账户一步步确认。</li>` +
    `<li><a href="${e(base)}faq/">浏览全部常见问题</a></li>` +
    `<li>联系拉卡拉官方：拨打终端机身上、合同里或官方网站<a href="${e(officialSite)}" rel="noopener">${e(host)}</a> 公布的客服电话。</li>` +
    `</ul></div></div>`
  );
}
