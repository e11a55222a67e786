import { describe, expect, it } from 'vitest';
import { stylesCovered, topLevelRules } from './style-rules';

describe('topLevelRules', () => {
  it('splits minified CSS into its top-level rules, at-rules whole', () => {
    expect(topLevelRules('a{color:red}@media (min-width:40rem){b{margin:0}c{padding:0}}d>e{x:y}')).toEqual([
      'a{color:red}',
      '@media (min-width:40rem){b{margin:0}c{padding:0}}',
      'd>e{x:y}',
    ]);
  });
});

describe('stylesCovered', () => {
  const page = 'a{color:red}.q[data-astro-cid-1]{margin:0}@media print{a{color:#000}}';

  it('holds when every rule needed is present, in any order', () => {
    expect(stylesCovered(page, '@media print{a{color:#000}}a{color:red}')).toBe(true);
    expect(stylesCovered(page, '')).toBe(true);
  });

  it('fails when a rule is missing or differs', () => {
    expect(stylesCovered(page, '.symptoms{display:grid}')).toBe(false);
    expect(stylesCovered(page, 'a{color:blue}')).toBe(false);
  });
});
