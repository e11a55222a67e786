/**
 * The top-level rules of a stylesheet's text (`a{…}`, `@media …{…}`), as written. Enough for
 * the minified CSS the build inlines; strings containing braces are not expected there.
 */
export function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules.filter(Boolean);
}

/**
 * Whether every rule of `needed` is already in `present`: content from a page with the
 * `needed` styles can then be shown in a page with the `present` ones and look the same.
 */
export function stylesCovered(present: string, needed: string): boolean {
  return topLevelRules(needed).every((rule) => present.includes(rule));
}
