// A save that fails part-way leaves nothing behind (a full disk used to keep a truncated note,
// and every further try an empty -2, -3 …), and a path through a file is "not a folder" whether
// the system says ENOTDIR (Linux) or ENOENT (Windows).

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordFromSession } from '../../../src/handover/note/record.js';
import { diskFolderWith, saveNote, type NoteFolder, type WriteAll } from '../../../src/handover/note/save.js';
import { dnsPublishingOff } from './sessions.js';

const NOW = new Date(2025, 2, 4, 5, 6);
// Made in each test: under Stryker, code run while the tests are collected fails no test.
const record = () => recordFromSession(dnsPublishingOff())!;
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-save-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A disk that fills up after `room` bytes: it writes them, then fails with ENOSPC. */
const fillsAfter = (room: number): WriteAll => async (file, bytes) => {
  await file.write(bytes.subarray(0, Math.min(room, bytes.length)));
  if (bytes.length > room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

describe('a save that fails part-way', () => {
  it('removes the truncated note, says so, and a second try leaves no empty -2 either', async () => {
    const dir = scratch();
    const full = diskFolderWith(fillsAfter(4096));
    const first = await saveNote(record(), { dir, now: NOW, folder: full });
    expect(first).toEqual({ ok: false, message: `The note was not saved: ${dir} is on a full disk (nothing was left behind). Use --out DIR to save it in another folder.` });
    expect(readdirSync(dir)).toEqual([]);
    expect((await saveNote(record(), { dir, now: NOW, folder: full })).ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('once there is room again, the note gets the name the failed try would have had', async () => {
    const dir = scratch();
    await saveNote(record(), { dir, now: NOW, folder: diskFolderWith(fillsAfter(100)) });
    const saved = await saveNote(record(), { dir, now: NOW, folder: diskFolderWith(fillsAfter(1e9)) });
    expect(saved).toEqual({ ok: true, path: join(dir, 'kms-doctor-0x8007232B-20250304-0506.md') });
    expect(readdirSync(dir)).toEqual(['kms-doctor-0x8007232B-20250304-0506.md']);
  });

  it('never removes a note that was there before (its name is taken: the next one is tried)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'kms-doctor-0x8007232B-20250304-0506.md'), 'an earlier note');
    await saveNote(record(), { dir, now: NOW, folder: diskFolderWith(fillsAfter(10)) });
    expect(readdirSync(dir)).toEqual(['kms-doctor-0x8007232B-20250304-0506.md']);
  });
});

/** A folder that fails as Windows does when a part of the path is a file: ENOENT. */
const windowsLike: NoteFolder = {
  createNew: async () => {
    throw Object.assign(new Error('ENOENT: no such file or directory, open'), { code: 'ENOENT' });
  },
};

describe('a path through a file, reported as Windows reports it (ENOENT)', () => {
  it('--out naming a file: "is not a folder"', async () => {
    const file = join(scratch(), 'notes.txt');
    writeFileSync(file, '');
    expect(await saveNote(record(), { dir: file, now: NOW, folder: windowsLike })).toEqual({
      ok: false,
      message: `The note was not saved: ${file} is not a folder. Use --out DIR to save it in another folder.`,
    });
  });

  it('--out inside a file: "is not a folder", naming the file', async () => {
    const file = join(scratch(), 'notes.txt');
    writeFileSync(file, '');
    const dir = join(file, 'tickets');
    expect(await saveNote(record(), { dir, now: NOW, folder: windowsLike })).toEqual({
      ok: false,
      message: `The note was not saved: ${dir} is not a folder (${file} is a file). Use --out DIR to save it in another folder.`,
    });
  });

  it('a folder that is really missing still "does not exist"', async () => {
    const dir = join(scratch(), 'missing', 'tickets');
    expect(await saveNote(record(), { dir, now: NOW, folder: windowsLike })).toMatchObject({ message: expect.stringContaining(`${dir} does not exist.`) });
  });
});
