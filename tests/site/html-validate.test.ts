import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { validateHtml } from '../support/html-validate';

describe('valid HTML', () => {
  it('every built page passes html-validate with the repository config', async () => {
    const { pages, errors } = await validateHtml(DIST);
    console.log(`html-validate: ${pages} pages`);
    expect(pages).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
