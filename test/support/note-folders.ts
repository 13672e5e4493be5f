// Folders for the note-saving tests: scratch folders removed after the file's tests, and a
// folder that refuses every write with a given error code.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { NoteFolder } from '../../src/handover/note/save.js';

/** A maker of new empty folders (named `prefix…`), all removed once the calling file's tests end. */
export function scratchFolders(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** A folder that refuses every write with `code` (ENOSPC, EACCES …). */
export const refusing = (code: string): NoteFolder => ({
  createNew: async () => {
    throw Object.assign(new Error(`${code}: refused`), { code });
  },
});
