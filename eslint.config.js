// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** typescript-eslint's strict rules without its parser settings, for files another parser reads. */
const strictRules = Object.assign({}, ...tseslint.configs.strict.map((config) => config.rules ?? {}));

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tests/.tmp/', 'bench/.tmp/', 'shots/', 'public/'] },
  js.configs.recommended,
  // TypeScript modules: the strictest rule set, with type information.
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Template literals here build Chinese messages from numbers (counts, line numbers, amounts); String() around each would add noise, not safety.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { dropped: _, ...rest } = value` is how a copy without one property is written.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Tests and their helpers: two rules that guard production code get in the way of a test.
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      // A test's `!` is on a value it has just checked or that fails the test loudly when missing.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Vitest types its asymmetric matchers (expect.stringContaining, expect.any) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  // Components: Astro's rules and typescript-eslint's strict rules. The type-aware rules need a
  // TypeScript program for each component's front matter, which the Astro parser does not give
  // them reliably; `astro check` type-checks the components instead.
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: strictRules,
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] }, globals: { ...globals.node } },
  },
  {
    files: ['**/*.astro/*.ts', '*.astro/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: strictRules,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
