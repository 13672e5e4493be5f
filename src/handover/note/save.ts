// Saving the note: `kms-doctor-<code or topic>-<YYYYMMDD-HHMM>.md` in the current folder (or
// --out DIR), never over an existing file: it is created with the `wx` flag and, when the name
// is taken, -2, -3 … are tried. A folder that cannot be written gets a message, not a crash.

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { noteMarkdown } from './render.js';
import type { SessionRecord } from './record.js';
import { fileStamp } from './stamp.js';

/** Where notes are written; `createNew` rejects with code EEXIST when the file exists. */
export interface NoteFolder {
  createNew(path: string, text: string): Promise<void>;
}

/** The real file system: create the file only if it does not exist yet. */
export const diskFolder: NoteFolder = {
  createNew: (path, text) => writeFile(path, text, { encoding: 'utf8', flag: 'wx' }),
};

/** Where the note went, or why it could not be saved (the session goes on either way). */
export type SaveResult = { ok: true; path: string } | { ok: false; message: string };

/** How to save: the folder (default: the current one), the time, and the file system. */
export interface SaveOptions {
  dir?: string;
  now?: Date;
  folder?: NoteFolder;
}

/** The file name for a record saved at `now`, with `-N` for the Nth try. */
export function noteFileName(record: SessionRecord, now: Date, attempt = 1): string {
  const subject = (record.code ?? record.topic ?? 'session').replace(/[^A-Za-z0-9-]+/g, '-');
  return `kms-doctor-${subject}-${fileStamp(now)}${attempt > 1 ? `-${attempt}` : ''}.md`;
}

const MAX_ATTEMPTS = 99;

function failure(dir: string, error: NodeJS.ErrnoException): string {
  const where = `The note was not saved: ${dir}`;
  const elsewhere = 'Use --out DIR to save it in another folder.';
  switch (error.code) {
    case 'ENOENT':
      return `${where} does not exist. ${elsewhere}`;
    case 'ENOTDIR':
      return `${where} is not a folder. ${elsewhere}`;
    case 'EACCES':
    case 'EPERM':
      return `${where} may not be written to (permission denied). ${elsewhere}`;
    case 'EROFS':
      return `${where} is on a read-only disk. ${elsewhere}`;
    case 'ENOSPC':
      return `${where} is on a full disk. ${elsewhere}`;
    default:
      return `${where} could not be written (${error.code ?? error.message}). ${elsewhere}`;
  }
}

/** Writes the note for `record`; never overwrites, never throws. */
export async function saveNote(record: SessionRecord, options: SaveOptions = {}): Promise<SaveResult> {
  const dir = resolve(options.dir ?? '.');
  const now = options.now ?? new Date();
  const folder = options.folder ?? diskFolder;
  const text = noteMarkdown(record, now);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const path = resolve(dir, noteFileName(record, now, attempt));
    try {
      await folder.createNew(path, text);
      return { ok: true, path };
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code !== 'EEXIST') return { ok: false, message: failure(dir, e) };
    }
  }
  return { ok: false, message: `The note was not saved: ${MAX_ATTEMPTS} notes of this minute already exist in ${dir}.` };
}
