import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Checks over the built site in dist/ (run after `astro build`; npm test does). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    // Whole-site checks read and validate every page: seconds, not milliseconds.
    testTimeout: 120_000,
  },
});
