// Saving at the edges of what the system says, written out: ENOTDIR from a folder that is there
// (no file in its path: the system's word is taken), a folder inside a file on the real disk
// (ENOTDIR on Linux, ENOENT on Windows: either way the file is named), a full quota (EDQUOT), and
// the code part of a record for a code the catalog does not know.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillResolution } from '../../../src/handover/resolution.js';
import { codePart, fieldLabel, type SessionRecord } from '../../../src/handover/note/record.js';
import { saveNote } from '../../../src/handover/note/save.js';
import { refusing, scratchFolders } from '../../support/note-folders.js';

const NOW = new Date(2025, 2, 4, 5, 6);
const record = (): SessionRecord => ({ topic: 'x', path: [], values: {}, resolution: fillResolution({ title: 'T', cause: 'C', steps: [], commands: [], verify: [] }, {}, 'both') });
const scratch = scratchFolders('kms-doctor-paths-');


describe('what a failed save says', () => {
  it('ENOTDIR for a folder that exists: "is not a folder", naming no file', async () => {
    const dir = scratch();
    expect(await saveNote(record(), { dir, now: NOW, folder: refusing('ENOTDIR') })).toEqual({
      ok: false, message: `The note was not saved: ${dir} is not a folder. Use --out DIR to save it in another folder.`,
    });
  });

  it('a folder inside a file, on the real disk: the file is named', async () => {
    const file = join(scratch(), 'notes.txt');
    writeFileSync(file, '');
    const dir = join(file, 'tickets');
    expect(await saveNote(record(), { dir, now: NOW })).toEqual({
      ok: false, message: `The note was not saved: ${dir} is not a folder (${file} is a file). Use --out DIR to save it in another folder.`,
    });
  });

  it('a full quota (EDQUOT) is a full disk', async () => {
    const dir = scratch();
    expect(await saveNote(record(), { dir, now: NOW, folder: refusing('EDQUOT') })).toEqual({
      ok: false, message: `The note was not saved: ${dir} is on a full disk (nothing was left behind). Use --out DIR to save it in another folder.`,
    });
  });
});

describe('the parts of a record', () => {
  it('a code the catalog does not know keeps the code alone; no code gives nothing', () => {
    expect(codePart('0xDEADBEEF')).toEqual({ code: '0xDEADBEEF' });
    expect(codePart(undefined)).toEqual({});
    expect(codePart('0xC004F074')).toMatchObject({ code: '0xC004F074', meaning: expect.any(String), message: expect.stringContaining('could not be activated') });
  });

  it('a value with no field of its own is named by its name; one with a field by its label', () => {
    expect(fieldLabel('ticket')).toBe('ticket');
    expect(fieldLabel('domain')).toBe('DNS domain');
  });
});
