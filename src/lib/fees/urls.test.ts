import { describe, expect, it } from 'vitest';
import { toolUrl } from './urls';

describe('toolUrl', () => {
  it('puts the tools under /fees/ and respects the base path', () => {
    expect(toolUrl('calculator', '/')).toBe('/fees/calculator/');
    expect(toolUrl('compare', '/kb/')).toBe('/kb/fees/compare/');
  });
});
