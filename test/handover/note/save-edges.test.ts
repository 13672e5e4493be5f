// Saving the note at its edges, written out: a name with neither code nor topic, characters a
// file name cannot hold collapsed to one hyphen, the 99th name of a minute taken and the 100th
// refused with its sentence, a full disk, and the real disk: UTF-8, never over an existing file.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillResolution } from '../../../src/handover/resolution.js';
import type { SessionRecord } from '../../../src/handover/note/record.js';
import { diskFolder, noteFileName, saveNote, type NoteFolder } from '../../../src/handover/note/save.js';
import { scratchFolders } from '../../support/note-folders.js';

const NOW = new Date(2025, 2, 4, 5, 6);
const record = (extra: Partial<SessionRecord>): SessionRecord => ({
  path: [], values: {}, resolution: fillResolution({ title: 'T', cause: 'C', steps: [], commands: [], verify: [] }, {}, 'both'), ...extra,
});
const scratch = scratchFolders('kms-doctor-note-');

describe('the file name', () => {
  it('without a code or topic: "session"; what a file name cannot hold becomes one hyphen', () => {
    expect(noteFileName(record({}), NOW)).toBe('kms-doctor-session-20250304-0506.md');
    expect(noteFileName(record({ topic: 'a b/c::d' }), NOW)).toBe('kms-doctor-a-b-c-d-20250304-0506.md');
    expect(noteFileName(record({ topic: 'x' }), NOW, 2)).toBe('kms-doctor-x-20250304-0506-2.md');
    expect(noteFileName(record({ topic: 'x' }), NOW, 1)).toBe('kms-doctor-x-20250304-0506.md');
  });
});

describe('saveNote', () => {
  /** A folder where the first `taken` names of the minute exist already. */
  const taken = (n: number) => {
    const tried: string[] = [];
    const folder: NoteFolder = {
      createNew: async (path) => {
        tried.push(path);
        if (tried.length <= n) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      },
    };
    return { folder, tried };
  };

  it('takes the 99th name of a minute', async () => {
    const { folder, tried } = taken(98);
    const result = await saveNote(record({ topic: 'x' }), { dir: '/notes', now: NOW, folder });
    expect(result).toEqual({ ok: true, path: resolve('/notes', 'kms-doctor-x-20250304-0506-99.md') });
    expect(tried).toHaveLength(99);
  });

  it('refuses when 99 notes of this minute exist, saying so', async () => {
    const { folder, tried } = taken(99);
    expect(await saveNote(record({ topic: 'x' }), { dir: '/notes', now: NOW, folder })).toEqual({
      ok: false, message: `The note was not saved: 99 notes of this minute already exist in ${resolve('/notes')}.`,
    });
    expect(tried).toHaveLength(99);
  });

  it('a full disk', async () => {
    const full: NoteFolder = { createNew: async () => { throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); } };
    expect(await saveNote(record({ topic: 'x' }), { dir: '/notes', now: NOW, folder: full })).toEqual({
      ok: false, message: `The note was not saved: ${resolve('/notes')} is on a full disk (nothing was left behind). Use --out DIR to save it in another folder.`,
    });
  });

  it('on the real disk: UTF-8, and an existing file is never written over', async () => {
    const dir = scratch();
    await diskFolder.createNew(join(dir, 'a.md'), 'Café – ✓');
    expect(readFileSync(join(dir, 'a.md'))).toEqual(Buffer.from('Café – ✓', 'utf8'));
    writeFileSync(join(dir, 'b.md'), 'kept');
    await expect(diskFolder.createNew(join(dir, 'b.md'), 'new')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('kept');
  });
});
