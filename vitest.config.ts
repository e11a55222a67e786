import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The default reporter, then how long each test file took (tests/support/file-timings.ts).
    reporters: ['default', './tests/support/file-timings.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/support/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/support/**'],
          globalSetup: ['tests/support/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
