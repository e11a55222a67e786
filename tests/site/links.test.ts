import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { findBrokenLinks } from '../support/links';

describe('links', () => {
  it('every internal link and fragment resolves; external links go to allowed official domains', () => {
    expect(findBrokenLinks(DIST)).toEqual([]);
  });
});
