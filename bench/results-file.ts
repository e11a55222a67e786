/**
 * bench/results.md is made of `## ` sections. A partial benchmark run (`BENCH_ONLY=...`) replaces
 * its own sections and leaves the others, such as the hand-pasted side-by-side table, as they are.
 */

/** Splits Markdown into its preamble and its `## ` sections (each with its heading line). */
export function sectionsOf(text: string): { preamble: string; sections: string[] } {
  const parts = text.split(/^(?=## )/m);
  const preamble = parts[0]?.startsWith('## ') ? '' : (parts.shift() ?? '');
  return { preamble, sections: parts };
}

const headingOf = (section: string) => (section.split('\n', 1)[0] ?? '').trim();

/** Replaces the sections with the same heading as each new one, or appends it; keeps the order of the rest. */
export function replaceSections(text: string, updates: string[]): string {
  const { preamble, sections } = sectionsOf(text);
  const result = sections.map((s) => `${s.trimEnd()}\n\n`);
  for (const update of updates) {
    const section = `${update.trim()}\n\n`;
    const at = result.findIndex((s) => headingOf(s) === headingOf(update));
    if (at >= 0) result[at] = section;
    else result.push(section);
  }
  return `${preamble}${result.join('')}`.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
