// Saving the note: `kms-doctor-<code or topic>-<YYYYMMDD-HHMM>.md` in the current folder (or
// --out DIR), never over an existing file: it is created exclusively (`wx`) and, when the name
// is taken, -2, -3 … are tried. A folder that cannot be written gets a message, not a crash;
// a write that fails part-way (a full disk) removes the file it had created, so no truncated
// note stays behind and the next try starts at the same name again.

import { statSync } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { visible } from '../../text/visible.js';
import { noteMarkdown } from './render.js';
import type { SessionRecord } from './record.js';
import { fileStamp } from './stamp.js';

/** Where notes are written; `createNew` rejects with code EEXIST when the file exists, and leaves nothing when it fails. */
export interface NoteFolder {
  createNew(path: string, text: string): Promise<void>;
}

/** Writes all of `bytes` to an open file (for tests: a writer that fails after some bytes). */
export type WriteAll = (file: FileHandle, bytes: Buffer) => Promise<void>;

const writeAll: WriteAll = (file, bytes) => file.writeFile(bytes);

/** The real file system, writing with `write`: the file is created only if it does not exist, and removed again if writing it fails. */
export function diskFolderWith(write: WriteAll): NoteFolder {
  return {
    async createNew(path, text) {
      const file = await open(path, 'wx');
      try {
        await write(file, Buffer.from(text, 'utf8'));
        await file.close();
      } catch (error) {
        await file.close().catch(() => {});
        // Ours: created just above with wx, so removing it can take nothing of anyone else's.
        await unlink(path).catch(() => {});
        throw error;
      }
    },
  };
}

/** The real file system. */
export const diskFolder: NoteFolder = diskFolderWith(writeAll);

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

/**
 * The first part of `dir` that exists and is not a folder. Windows reports ENOENT where Linux
 * reports ENOTDIR when a part of the path is a file; looking tells the two cases apart.
 */
function fileInPath(dir: string): string | undefined {
  for (let part = dir; ; part = dirname(part)) {
    try {
      return statSync(part).isDirectory() ? undefined : part;
    } catch {
      // missing: look at its parent
    }
    if (dirname(part) === part) return undefined;
  }
}

function failure(dir: string, error: NodeJS.ErrnoException): string {
  const shown = visible(dir);
  const where = `The note was not saved: ${shown}`;
  const elsewhere = 'Use --out DIR to save it in another folder.';
  const file = error.code === 'ENOENT' || error.code === 'ENOTDIR' ? fileInPath(dir) : undefined;
  if (file !== undefined) return `${where} is not a folder${file === dir ? '' : ` (${visible(file)} is a file)`}. ${elsewhere}`;
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
    case 'EDQUOT':
      return `${where} is on a full disk (nothing was left behind). ${elsewhere}`;
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
  return { ok: false, message: `The note was not saved: ${MAX_ATTEMPTS} notes of this minute already exist in ${visible(dir)}.` };
}
