// StrykerJS: mutation testing of the modules a technician's trust rests on (issue 19).
// Run it with `npm run mutate` (scripts/mutate.mjs), which runs one group of modules at a time,
// each with its own incremental file, and prints the score per module and the time it took.
//
// Versions: @stryker-mutator/core and vitest-runner 9.6.1, the last release that runs on Node 20
// (10.x needs Node 22, and the project supports Node 20); 9.6.1 has the fix for vitest 4.1's
// coverage (stryker-js #5928), without which every mutant reads as covered by no test.

import { GROUPS, reportFiles } from './scripts/mutate/groups.mjs';

// The group to mutate (scripts/mutate.mjs sets it); on its own, Stryker mutates all of them.
const group = process.env.STRYKER_GROUP;
if (group && !GROUPS[group]) throw new Error(`STRYKER_GROUP=${group}: no such group (${Object.keys(GROUPS).join(', ')})`);
const files = reportFiles(group ?? 'all');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: group ? GROUPS[group].mutate : Object.values(GROUPS).flatMap((g) => g.mutate),
  testRunner: 'vitest',
  // The group's tests are chosen in stryker.vitest.config.ts (its `include`), not with Stryker's
  // `testFiles`: with `testFiles`, Stryker 9.6 activates a static mutant only when the tests
  // start, after the module read it, so every static mutant survived. And not by vitest's
  // `related`, which a static mutant's run relies on to find its tests.
  vitest: { configFile: 'stryker.vitest.config.ts', related: false },
  // Only the tests that run a mutated line are run against its mutant.
  coverageAnalysis: 'perTest',
  // Two cores shared by several engineers: one test process unless STRYKER_CONCURRENCY says more.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // A busy machine slows the tests; a mutant is a timeout only well past the normal time.
  timeoutMS: 20_000,
  timeoutFactor: 2.5,
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: files.incremental,
  // The type checker would reject most mutants of TypeScript; vitest runs them untyped.
  disableTypeChecks: true,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: files.json },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', 'reports', 'coverage', '.kms-doctor-reports'],
  thresholds: { high: 90, low: 80, break: null },
};
