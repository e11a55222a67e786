/** What sorting reads of an entry. */
interface Sortable {
  id: string;
  collection: string;
  data: object;
}

/** One collator for the whole build: `localeCompare` with a locale builds a new one on every call. */
const chinese = new Intl.Collator('zh-CN');

/** Chinese collation, as readers expect titles to be sorted. */
export const compareChinese = (a: string, b: string): number => chinese.compare(a, b);

const orderOf = ({ data }: Sortable): number => ('order' in data && typeof data.order === 'number' ? data.order : Number.MAX_SAFE_INTEGER);

/** What an entry is sorted by after its `order`: its title, or a response code's code. */
const nameOf = ({ id, data }: Sortable): string => ('title' in data && typeof data.title === 'string' ? data.title : id);

/** Entries sort by their optional `order`, then by title in Chinese collation: the order readers see in lists. */
export function byOrderThenTitle(a: Sortable, b: Sortable): number {
  return orderOf(a) - orderOf(b) || compareChinese(nameOf(a), nameOf(b));
}
