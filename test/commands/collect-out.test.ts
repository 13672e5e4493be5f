// `collect --out FILE`: a new file only. An existing file is refused unless --force; a
// symbolic link is never written through, with or without --force (it would replace the file
// it points to); a write that fails part-way leaves nothing, and --force keeps the old file then.

import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectScript } from '../../src/collect/script.js';
import { run } from '../../src/commands/collect.js';
import { writeNewFile, type WriteBytes } from '../../src/commands/write-new-file.js';
import { pipeIO } from '../support/command-io.js';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-out-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const script = collectScript('client').replace(/\n/g, '\r\n');
const links = process.platform !== 'win32'; // Windows needs a privilege to make symbolic links

describe('collect --out FILE', () => {
  it('refuses a file that exists, and leaves it as it was', async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'collect.ps1'), 'my own script');
    const r = await run(['--out', 'collect.ps1'], pipeIO('', { cwd }));
    expect(r).toEqual({ stdout: '', stderr: 'kms-doctor collect: collect.ps1 already exists; kms-doctor does not replace it unless you add --force. Or choose another name.\n', exitCode: 2 });
    expect(readFileSync(join(cwd, 'collect.ps1'), 'utf8')).toBe('my own script');
  });

  it('replaces it with --force', async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'collect.ps1'), 'my own script');
    expect(await run(['--out', 'collect.ps1', '--force'], pipeIO('', { cwd }))).toMatchObject({ exitCode: 0 });
    expect(readFileSync(join(cwd, 'collect.ps1'), 'utf8')).toBe(script);
    expect(readdirSync(cwd)).toEqual(['collect.ps1']);
  });

  it.skipIf(!links)('never writes through a symbolic link, even with --force: the file it points to is untouched', async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'important.txt'), 'keep me');
    symlinkSync(join(cwd, 'important.txt'), join(cwd, 'link.ps1'));
    for (const args of [['--out', 'link.ps1'], ['--out', 'link.ps1', '--force']]) {
      const r = await run(args, pipeIO('', { cwd }));
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toBe('kms-doctor collect: link.ps1 is a symbolic link; kms-doctor never writes through one (that would replace the file it points to). Remove the link, or choose another name.\n');
    }
    expect(readFileSync(join(cwd, 'important.txt'), 'utf8')).toBe('keep me');
    expect(lstatSync(join(cwd, 'link.ps1')).isSymbolicLink()).toBe(true);
  });

  it.skipIf(!links)('a dangling link is refused too (it would create the file it points to)', async () => {
    const cwd = scratch();
    symlinkSync(join(cwd, 'elsewhere.ps1'), join(cwd, 'dangling.ps1'));
    expect((await run(['--out', 'dangling.ps1'], pipeIO('', { cwd }))).exitCode).toBe(2);
    expect(existsSync(join(cwd, 'elsewhere.ps1'))).toBe(false);
  });
});

/** A disk that fills up after `room` bytes. */
const fillsAfter = (room: number): WriteBytes => (fd, bytes) => {
  writeSync(fd, bytes, 0, Math.min(room, bytes.length));
  if (bytes.length > room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

describe('a write that fails part-way', () => {
  it('leaves no file behind', () => {
    const dir = scratch();
    expect(writeNewFile(join(dir, 'collect.ps1'), 'collect.ps1', Buffer.from(script), { write: fillsAfter(100) })).toEqual({
      ok: false,
      message: 'collect.ps1 could not be written: the disk is full (nothing was left behind).',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with --force, keeps the file it was to replace, whole', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'collect.ps1'), 'the old script');
    expect(writeNewFile(join(dir, 'collect.ps1'), 'collect.ps1', Buffer.from(script), { force: true, write: fillsAfter(100) }).ok).toBe(false);
    expect(readdirSync(dir)).toEqual(['collect.ps1']);
    expect(readFileSync(join(dir, 'collect.ps1'), 'utf8')).toBe('the old script');
  });
});
