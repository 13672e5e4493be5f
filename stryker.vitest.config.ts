// The vitest configuration Stryker runs the tests with (stryker.config.mjs): the tests of the
// group being mutated, no global setup (it builds the bin), and without the test files
// scripts/mutate/test-files.mjs leaves out — those that
// run the built bin, a pseudo-terminal or the build, which cannot catch a mutant, the golden
// files, which are change detectors and not tests of a meaning, and the property tests; and the
// smallest test files first (scripts/mutate/fast-first.mjs).

import { defineConfig } from 'vitest/config';
import { FastFirstSequencer } from './scripts/mutate/fast-first.mjs';
import { GROUPS } from './scripts/mutate/groups.mjs';
import { leftOut, testsOf } from './scripts/mutate/test-files.mjs';

// The group Stryker mutates (scripts/mutate.mjs sets it): only the tests whose subject it is.
const group = process.env.STRYKER_GROUP ? GROUPS[process.env.STRYKER_GROUP] : undefined;

export default defineConfig({
  test: {
    include: group ? testsOf(group.mutate, group.alsoTests) : ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', ...leftOut()],
    environment: 'node',
    sequence: { sequencer: FastFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
