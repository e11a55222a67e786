import { isoDay } from './dates';
import { linkTo, type EntryLink } from './entries';
import { compareChinese } from './order';
import { allEntries, type SiteContent } from './types';

export interface Update extends EntryLink {
  updated: Date;
}

export interface UpdateDay {
  /** `2026-11-25`, in China's time zone. */
  day: string;
  /** The day as a date, for display. */
  date: Date;
  items: Update[];
}

/** Every entry of the site with its last update, newest first; same-day entries by title. */
export function updatesOf(content: SiteContent): Update[] {
  return allEntries(content)
    .map((entry) => ({ ...linkTo(entry), updated: entry.data.updated }))
    .sort(newestFirst);
}

function newestFirst(a: Update, b: Update): number {
  return b.updated.getTime() - a.updated.getTime() || compareChinese(a.title, b.title);
}

/** Updates grouped by day, newest day first, keeping the order within a day. */
export function groupByDay(updates: Update[]): UpdateDay[] {
  const days: UpdateDay[] = [];
  for (const update of [...updates].sort(newestFirst)) {
    const day = isoDay(update.updated);
    const last = days.at(-1);
    if (last?.day === day) last.items.push(update);
    else days.push({ day, date: update.updated, items: [update] });
  }
  return days;
}
