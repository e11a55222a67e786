import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { builtPages } from '../support/dist';
import { findBrokenLinks } from '../support/links';

describe('links', () => {
  it('every internal link and fragment resolves; external links go to allowed official domains', () => {
    console.log(`links: ${builtPages(DIST).length} pages`);
    expect(findBrokenLinks(DIST)).toEqual([]);
  });
});
