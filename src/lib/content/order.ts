/** Entries sort by their optional `order`, then by title in Chinese collation: the order readers see in lists. */
export function byOrderThenTitle(a: { data: object }, b: { data: object }): number {
  const order = (e: { data: object }) => ('order' in e.data && typeof e.data.order === 'number' ? e.data.order : 1e9);
  const title = (e: { data: object }) => ('title' in e.data ? String(e.data.title) : '');
  return order(a) - order(b) || title(a).localeCompare(title(b), 'zh-CN');
}
