/** What a merchant types for a response code, as printed: `ａ０` or ` a0 ` becomes `A0`. */
export function normalizeCode(input: string): string {
  return input
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase()
    .slice(0, 20);
}

export interface CodeRecord {
  code: string;
  /** Meaning, variants and aliases, searched when the query is not a code. */
  text: string;
}

/**
 * The codes matching a query: the exact code first, then codes starting with it, then codes
 * whose meaning or aliases contain it (so 余额 finds 51). Empty query: nothing.
 */
export function matchCodes<T extends CodeRecord>(query: string, codes: T[]): T[] {
  const q = normalizeCode(query);
  if (!q) return [];
  const exact = codes.filter((c) => c.code === q);
  const prefix = codes.filter((c) => c.code !== q && c.code.startsWith(q));
  const words = query.trim().toLowerCase();
  const text = codes.filter((c) => !exact.includes(c) && !prefix.includes(c) && words.length > 0 && c.text.toLowerCase().includes(words));
  return [...exact, ...prefix, ...text];
}
