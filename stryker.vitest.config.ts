// The vitest configuration Stryker runs the tests with (stryker.config.mjs): no global setup (it
// builds the bin), and without the test files scripts/mutate/test-files.mjs leaves out — those that
// run the built bin, a pseudo-terminal or the build, which cannot catch a mutant, the golden
// files, which are change detectors and not tests of a meaning, and the property tests; and the
// smallest test files first (scripts/mutate/fast-first.mjs).

import { defineConfig } from 'vitest/config';
import { FastFirstSequencer } from './scripts/mutate/fast-first.mjs';
import { leftOut } from './scripts/mutate/test-files.mjs';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', ...leftOut()],
    environment: 'node',
    sequence: { sequencer: FastFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
