import { allEntries, fileOf, keyOf, type AnyEntry, type SiteContent } from '../content/types';
import { DRAFT_MARK } from './scaffold';
import { needsReview } from '../content/freshness';

export interface ContentReport {
  counts: Record<string, number>;
  /** Entries whose reviewBy date has passed. */
  stale: { ref: string; file: string; reviewBy: string }[];
  withoutAliases: string[];
  /** Entries that still hold template placeholders. */
  drafts: string[];
  /** Entries no other entry links to, by `related` or by a link in its text. */
  orphans: string[];
}

const refOf = (e: AnyEntry) => keyOf(e);
const reviewDate = (e: AnyEntry) => (e.collection === 'codes' ? undefined : e.data.reviewBy);

/** What an editor should look at: stale, alias-less and orphan entries, and how many of each kind there are. */
export function contentReport(content: SiteContent, bodies: Map<string, string>, today: Date): ContentReport {
  const all = allEntries(content);
  const linked = new Set<string>();
  for (const entry of all) {
    for (const ref of entry.data.related) {
      const target = `${ref.collection}/${ref.id}`;
      if (target !== refOf(entry)) linked.add(target);
    }
  }
  for (const [ref, text] of bodies) {
    for (const m of text.matchAll(/\]\(\/([a-z]+)\/([A-Za-z0-9-]+)\/?[)#]/g)) {
      const target = `${m[1]}/${m[2]}`;
      if (target !== ref) linked.add(target);
    }
  }
  return {
    counts: Object.fromEntries(Object.entries(content).map(([section, entries]: [string, unknown[]]) => [section, entries.length])),
    stale: all.flatMap((e) => {
      const reviewBy = reviewDate(e);
      return reviewBy && needsReview(reviewBy, today)
        ? [{ ref: refOf(e), file: fileOf(e), reviewBy: reviewBy.toISOString().slice(0, 10) }]
        : [];
    }),
    withoutAliases: all.filter((e) => e.collection !== 'codes' && e.data.aliases.length === 0).map(refOf),
    orphans: all.filter((e) => !linked.has(refOf(e))).map(refOf),
    drafts: [...bodies].filter(([, text]) => text.includes(DRAFT_MARK)).map(([ref]) => ref),
  };
}

export function formatReport(report: ContentReport): string {
  const list = (items: string[]) => (items.length ? items.map((i) => `  - ${i}`).join('\n') : '  （无）');
  return [
    '各栏目条目数：',
    ...Object.entries(report.counts).map(([section, n]) => `  ${section}: ${n}`),
    '',
    `已过复核日期、可能过时（${report.stale.length}）：`,
    list(report.stale.map((s) => `${s.ref}（复核日期 ${s.reviewBy}，文件 ${s.file}）`)),
    '',
    `没有写 aliases 的条目（${report.withoutAliases.length}）：商户的说法搜不到它们`,
    list(report.withoutAliases),
    '',
    `没有任何条目链接到的孤立条目（${report.orphans.length}）：`,
    list(report.orphans),
    '',
    `还有“${DRAFT_MARK}”占位文字的草稿（${report.drafts.length}）：`,
    list(report.drafts),
  ].join('\n');
}
