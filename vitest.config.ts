import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    // The build tests each run astro build, which writes the project's .astro/ folder: one file at a time.
    fileParallelism: false,
  },
});
