import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests (src/lib) and content integrity tests (the real content/ tree and fixtures). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
