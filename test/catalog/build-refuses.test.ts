// The build checks data/ before bundling and refuses broken data, naming the file and the
// field: scripts/build.mjs run on a copy of the project whose data has one mistake.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of the project (node_modules linked) whose data/error-codes/docs.json `edit` changes. */
function projectWithDocs(edit: (entries: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kms-build-'));
  for (const part of ['src', 'flows', 'data', 'scripts', 'stubs', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
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
