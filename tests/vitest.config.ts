import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same alias as tsconfig.json's paths, for tests that import components' modules.
  resolve: { alias: { '@/': new URL('../src/', import.meta.url).pathname } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser suites share one machine with two cores: run files one at a time for stable results.
    fileParallelism: false,
  },
});
