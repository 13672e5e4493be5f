// The vitest configuration Stryker runs the tests with (stryker.config.mjs): no global setup (it
// builds the bin), and without the test files scripts/mutate/test-files.mjs leaves out — those that
// run the built bin, a pseudo-terminal or the build, which cannot catch a mutant, and the golden
// files, which are change detectors and not tests of a meaning.

import { defineConfig } from 'vitest/config';
import { leftOut } from './scripts/mutate/test-files.mjs';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', ...leftOut()],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
