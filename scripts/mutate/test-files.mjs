// Which test files the mutation run uses, read off the files themselves:
// - leftOut: those that run the built bin, a pseudo-terminal or the build, and the golden files.
//   The bin is built once from unmutated code and runs in a process Stryker does not control, so
//   such a test can never catch a mutant; a golden file is a change detector (rewritten wholesale
//   with UPDATE_GOLDEN=1), and the score is meant to count the tests that check a meaning.
// - and the property tests (fast-check: hundreds of random inputs each, to show nothing throws
//   or loops): 10–20 s for every mutant they cover, and a meaning is what the score counts.
// - testsOf(patterns): the tests whose subject a group of modules is: those that import one of its
//   files, directly or through a helper under test/support. A test that reaches the module only
//   through the whole wizard still runs in `npm test`, but Stryker does not wait for it: a static
//   mutant (one in a table or a regular expression built when the module loads) runs every chosen
//   test, and the whole suite per mutant does not fit two shared cores.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SPAWNS = /from '[^']*(support\/(bin|screen-terminal|bundle)\.js|@lydell\/node-pty|node:child_process)'/;
const posix = (p) => p.split('\\').join('/');

function filesUnder(dir, test) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, test);
    return test(name) ? [posix(relative('.', path))] : [];
  });
}

const allTests = () => filesUnder('test', (n) => /\.test\.tsx?$/.test(n));

/** Test files made only of property tests (see above). */
const PROPERTY_TESTS = new Set(['test/readers/properties.test.ts', 'test/input/hostile-properties.test.ts', 'test/wizard/random-keys.test.ts']);

/** The test files a mutation run leaves out (see above). */
export const leftOut = () => allTests().filter((f) => f.startsWith('test/golden/') || PROPERTY_TESTS.has(f) || SPAWNS.test(readFileSync(f, 'utf8')));

/** The files a file imports (relative imports only), as repository paths. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specs.map((s) => {
    const path = posix(normalize(join(dirname(file), s)));
    const ts = path.replace(/\.js$/, '.ts');
    return existsSync(ts) ? ts : existsSync(`${ts}x`) ? `${ts}x` : path;
  });
}

/** Does a repository path match one of Stryker's patterns (`dir/**\/*.ts` or a file)? */
const matches = (path, patterns) => patterns.some((p) => (p.endsWith('/**/*.ts') ? path.startsWith(p.slice(0, -'**/*.ts'.length)) && path.endsWith('.ts') : path === p));

/**
 * The test files whose subject is one of the files `patterns` names (see above), and those
 * under the folders `alsoUnder` names.
 */
export function testsOf(patterns, alsoUnder = []) {
  const reaches = new Map();
  const reachesGroup = (file, seen = new Set()) => {
    if (reaches.has(file)) return reaches.get(file);
    if (seen.has(file)) return false;
    seen.add(file);
    const found = importsOf(file).some((dep) => matches(dep, patterns) || (dep.startsWith('test/support/') && existsSync(dep) && reachesGroup(dep, seen)));
    reaches.set(file, found);
    return found;
  };
  const out = new Set(leftOut());
  return allTests().filter((f) => !out.has(f) && (reachesGroup(f) || alsoUnder.some((dir) => f.startsWith(dir))));
}
