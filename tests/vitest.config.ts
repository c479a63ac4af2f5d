import { defineConfig } from 'vitest/config';

// `npm run test:cms` (JOLDAU_TESTS=cms) runs only the tests with real CMS software (tests/cms/: WordPress
// from Debian, php); `npm test` runs them too, and they skip with a warning where php is missing.
const cms = process.env.JOLDAU_TESTS === 'cms';

export default defineConfig({
  // The same alias as tsconfig.json's paths, for tests that import components' modules.
  resolve: { alias: { '@/': new URL('../src/', import.meta.url).pathname } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: [cms ? 'tests/cms/**/*.test.ts' : 'tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser suites share one machine with two cores: run files one at a time for stable results.
    fileParallelism: false,
  },
});
