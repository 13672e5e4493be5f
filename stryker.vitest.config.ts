// The vitest configuration Stryker runs the tests with (stryker.config.mjs). It differs from
// vitest.config.ts in what a mutant can be caught by:
// - No global setup: the tests that run the built bin or a pseudo-terminal are left out. The bin
//   is built once, from unmutated code, and runs in a process Stryker does not control, so such a
//   test can never catch a mutant; it would only make each run slower.
// - The golden files are left out: they are change detectors (rewritten wholesale with
//   UPDATE_GOLDEN=1), and the score is meant to say how much of the code the tests that check a
//   meaning would catch (issue 19).
// Which files those are is read off each test file, so a new bin test is left out by itself.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';

const SPAWNS = /from '[^']*(support\/(bin|screen-terminal|bundle)\.js|@lydell\/node-pty|node:child_process)'/;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The test files that run the bin, a pseudo-terminal or the build, or compare golden files. */
export const leftOut: string[] = testFiles('test')
  .filter((f) => f.startsWith(join('test', 'golden')) || SPAWNS.test(readFileSync(f, 'utf8')))
  .map((f) => relative('.', f).split('\\').join('/'));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', ...leftOut],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
