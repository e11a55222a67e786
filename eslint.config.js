// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** typescript-eslint's strict rules without its parser settings, for files another parser reads. */
const strictRules = Object.assign({}, ...tseslint.configs.strict.map((config) => config.rules ?? {}));

export default tseslint.config(
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
