// The build checks data/ before bundling and refuses broken data, naming the file and the
// field: scripts/build.mjs run on a copy of the project whose data has one mistake.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// The copy lives under the project's node_modules/.cache, so Node finds esbuild and the other
// packages by walking up, as it would from the project itself: no symbolic link to
// node_modules, which Windows makes only with a privilege (or Developer Mode).
const COPIES = join(ROOT, 'node_modules', '.cache', 'kms-doctor-tests');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project (its packages found above it) whose data/error-codes/docs.json `edit` changes. */
function projectWithDocs(edit: (entries: Record<string, unknown>[]) => void): string {
  mkdirSync(COPIES, { recursive: true });
  const dir = mkdtempSync(join(COPIES, 'build-'));
  made.push(dir);
  for (const part of ['src', 'flows', 'data', 'scripts', 'stubs', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const file = join(dir, 'data', 'error-codes', 'docs.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  edit(entries);
  writeFileSync(file, JSON.stringify(entries, null, 2));
  return dir;
}

/** Runs the copy's build; its exit status and stderr. */
function build(dir: string): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, [join(dir, 'scripts', 'build.mjs')], { stdio: 'pipe' });
    return { status: 0, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stderr: Buffer };
    return { status: e.status, stderr: String(e.stderr) };
  }
}

describe('scripts/build.mjs', () => {
  it('refuses a broken data file, naming the file and the field, and writes no bin', () => {
    const dir = projectWithDocs((entries) => {
      entries[2]!.code = '0xc004f074';
    });
    const r = build(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/error-codes/docs.json is not valid:');
    expect(r.stderr).toMatch(/ {2}2\.code: /);
    expect(existsSync(join(dir, 'dist', 'cli.mjs'))).toBe(false);
  }, 60_000);
});
