// Golden files: output captured once and compared byte for byte ever after, so a change
// meant only to make kms-doctor faster cannot change a word it prints.
// To accept new output on purpose (another branch changed a text, or after a merge), run
//   UPDATE_GOLDEN=1 npx vitest run test/golden
// and review the diff of test/fixtures/golden/ before committing it.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));

/** Compares `actual` with test/fixtures/golden/<name> (or writes it under UPDATE_GOLDEN=1). */
export function expectGolden(name: string, actual: string): void {
  const path = GOLDEN_DIR + name;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${name}: run UPDATE_GOLDEN=1 npx vitest run test/golden`);
  expect(actual, `differs from test/fixtures/golden/${name}`).toBe(readFileSync(path, 'utf8'));
}
