import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { everyBuiltPage } from '../support/dist';
import { findStructureProblems } from '../support/structure';

describe('page structure', () => {
  it('every page is Chinese, titled, has one <main> holding its one <h1>, and text for every image', () => {
    console.log(`structure: ${everyBuiltPage(DIST).length} pages`);
    expect(findStructureProblems(DIST)).toEqual([]);
  });
});
