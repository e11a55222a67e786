import { defineConfig } from 'vitest/config';

/** `npm run shots`: screenshots for review, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['tests/shots/**/*.shots.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
