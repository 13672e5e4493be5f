// What `kms-doctor parse` reads: one file, standard input ("-"), or every file of a folder (one
// per machine), each decoded from whichever encoding Windows wrote it in. A folder is read one
// file at a time and each file's text is handed on and dropped before the next is read, so a
// folder of many or large files needs the memory of one file, not of all of them.

import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText } from '../text/decode.js';
import { visible } from '../text/visible.js';
import type { CommandIO } from './command.js';
import { errnoProblem } from './file-problems.js';
import { readBounded, type ReadBounds } from './read-file.js';

export { MAX_FILE_BYTES } from './read-file.js';

/** One text to read (with a note when it was cut), or a folder to read file by file. */
export type ParseInput = { kind: 'one'; name: string; text: string; note?: string } | { kind: 'folder'; path: string };

/** The files of a folder as read, and the entries that were not, each with why. */
export interface FolderRead<T> {
  files: T[];
  skipped: string[];
}

const cannot = (arg: string, why: string) => ({ error: `kms-doctor parse: cannot read ${visible(arg)}: ${why}` });

/** The argument's text, or the folder to read, or why it cannot be read. */
export async function readInput(arg: string, io: CommandIO, bounds?: ReadBounds): Promise<ParseInput | { error: string }> {
  if (arg === '-') return { kind: 'one', name: 'standard input', text: await io.readStdin() };
  const path = resolve(io.cwd, arg);
  try {
    if (statSync(path).isDirectory()) return { kind: 'folder', path };
  } catch (e) {
    return cannot(arg, errnoProblem(e as NodeJS.ErrnoException));
  }
  const read = await readBounded(path, bounds);
  if (!read.ok) return cannot(arg, read.problem);
  return { kind: 'one', name: arg, text: decodeText(read.bytes), ...(read.note ? { note: `kms-doctor parse: ${visible(arg)}: ${read.note}.` } : {}) };
}

/** The names in a folder, sorted, hidden ones left out; or why the folder cannot be listed. */
export function listFolder(path: string, arg: string): { names: string[] } | { error: string } {
  try {
    return { names: readdirSync(path).filter((name) => !name.startsWith('.')).sort() };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const way = error.code === 'EACCES' || error.code === 'EPERM' ? ' (parse lists the files in it: run it as a user who may, or copy the files into a folder you can read)' : '';
    return cannot(arg, `${errnoProblem(error)}${way}`);
  }
}

/**
 * Reads the regular files of a folder one at a time; `use` turns each text into what is kept.
 * Subfolders, devices and pipes are not read (a folder of outputs holds files), and are named
 * among the skipped with every file that could not be read. Names are kept as they are; the
 * printing makes them visible.
 */
export async function readFolder<T>(path: string, names: readonly string[], use: (file: string, text: string) => T): Promise<FolderRead<T>> {
  const files: T[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const full = join(path, name);
    let regular: boolean;
    try {
      regular = statSync(full).isFile();
    } catch (e) {
      skipped.push(`${name}: ${errnoProblem(e as NodeJS.ErrnoException)}`);
      continue;
    }
    if (!regular) {
      skipped.push(`${name}: not a file (a folder, a device or a pipe)`);
      continue;
    }
    const read = await readBounded(full);
    if (read.ok) files.push(use(name, decodeText(read.bytes)));
    else skipped.push(`${name}: ${read.problem}`);
  }
  return { files, skipped };
}
