import { describe, expect, it } from 'vitest';
import { replaceSections, sectionsOf } from './results-file';

const RESULTS = `# Benchmark results

Measured today.

## Page weight

| a |

## Build at scale

old table

## Side by side with Starlight

pasted by hand
`;

describe('results file', () => {
  it('splits the preamble from the sections', () => {
    const { preamble, sections } = sectionsOf(RESULTS);
    expect(preamble).toBe('# Benchmark results\n\nMeasured today.\n\n');
    expect(sections.map((s) => s.split('\n')[0])).toEqual(['## Page weight', '## Build at scale', '## Side by side with Starlight']);
  });

  it('replaces a section in place, appends a new one and keeps the rest', () => {
    const text = replaceSections(RESULTS, ['## Build at scale\n\nnew table', '## Build stages\n\nstages']);
    expect(text).toBe(`# Benchmark results

Measured today.

## Page weight

| a |

## Build at scale

new table

## Side by side with Starlight

pasted by hand

## Build stages

stages
`);
  });
});
