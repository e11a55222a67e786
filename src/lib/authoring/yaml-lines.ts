/**
 * Where a field sits in a hand-written YAML file, so a message can name its line. Reads the block
 * style authors write (`key: value`, nested keys indented, list items starting with `- `); for
 * anything else it falls back to the nearest enclosing line it found.
 */

interface Line {
  index: number;
  /** Indentation of the list marker, when the line starts a list item. */
  item?: number;
  /** Indentation of the line's key, counting a leading `- ` as indentation. */
  keyIndent: number;
  key?: string;
}

function readLines(text: string): Line[] {
  return text.split('\n').flatMap((raw, index): Line[] => {
    const trimmed = raw.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) return [];
    const indent = raw.length - trimmed.length;
    const dash = /^-(?:\s+|$)/.exec(trimmed);
    const rest = dash ? trimmed.slice(dash[0].length) : trimmed;
    const key = /^([^\s:#][^:#]*?):(?:\s|$)/.exec(rest)?.[1];
    return [
      {
        index,
        keyIndent: dash ? indent + dash[0].length : indent,
        ...(dash ? { item: indent } : {}),
        ...(key === undefined ? {} : { key }),
      },
    ];
  });
}

/**
 * The end of the block a line opens: the next line that is not deeper. A key's list may start at
 * the key's own indentation (`key:` then `- item`); an item ends at the next item beside it.
 */
function blockEnd(lines: Line[], at: number, depth: number, opener: 'key' | 'item'): number {
  const ends = (line: Line) =>
    line.item === undefined ? line.keyIndent <= depth : opener === 'item' ? line.item <= depth : line.item < depth;
  const next = lines.findIndex((line, i) => i > at && ends(line));
  return next === -1 ? lines.length : next;
}

/** 1-based line of a field path (`['stages', 2, 'state']`) in a YAML document; 1 when not even the first key is found. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  const lines = readLines(text);
  let start = 0;
  let end = lines.length;
  let found: Line | undefined;
  for (const key of path) {
    const block = lines.slice(start, end);
    if (typeof key === 'number') {
      const depth = Math.min(...block.flatMap((l) => (l.item === undefined ? [] : [l.item])));
      const items = block.flatMap((l, i) => (l.item === depth ? [i] : []));
      const at = items[key] ?? -1;
      if (at === -1) break;
      found = block[at];
      start += at;
      end = start + (blockEnd(block, at, depth, 'item') - at);
      // The item's first key sits on the `- ` line itself, so its keys are searched from there.
      continue;
    }
    const depth = block[0]?.keyIndent ?? 0;
    const at = block.findIndex((l) => l.keyIndent === depth && l.key === String(key));
    if (at === -1) break;
    found = block[at];
    const first = start + at;
    end = first + (blockEnd(block, at, depth, 'key') - at);
    start = first + 1;
  }
  return found ? found.index + 1 : 1;
}
