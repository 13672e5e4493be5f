// Writes a file a command was asked to write (collect --out), safely: an existing file is
// refused unless the user said --force, and a symbolic link is never written through (it would
// replace whatever file it points to). A new file is created exclusively (O_CREAT | O_EXCL,
// which also refuses a link left at that name, even a dangling one, and O_NOFOLLOW where the
// system has it); --force writes a new file beside the old one and renames it over, which
// replaces the name, never the target of a link. A write that fails part-way (a full disk)
// removes what it wrote.

import { closeSync, constants, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { visible } from '../text/visible.js';
import { errnoProblem } from './file-problems.js';

/** Writes all of `bytes` to an open descriptor (for tests: a writer that fails part-way). */
export type WriteBytes = (fd: number, bytes: Buffer) => void;

const writeBytes: WriteBytes = (fd, bytes) => {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
};

// O_NOFOLLOW is not defined on Windows, where the lstat check below still refuses links.
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Creates `path` holding `bytes`, or throws; on a failed write nothing of it stays. */
function createExclusive(path: string, bytes: Buffer, write: WriteBytes): void {
  const fd = openSync(path, CREATE_NEW, 0o644);
  try {
    write(fd, bytes);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path); // ours: created just above, exclusively
    throw error;
  }
}

/** What happened: written, or why not (one sentence for stderr). */
export type WriteResult = { ok: true } | { ok: false; message: string };

/** Writes `bytes` to `path` (shown to the user as `name`): new files only, unless `force`; never through a link. */
export function writeNewFile(path: string, name: string, bytes: Buffer, { force = false, write = writeBytes }: { force?: boolean; write?: WriteBytes } = {}): WriteResult {
  const shown = visible(name);
  let existing;
  try {
    existing = lstatSync(path);
  } catch {
    // nothing there yet (or an unreadable parent, which the open below reports)
  }
  if (existing?.isSymbolicLink()) {
    return { ok: false, message: `${shown} is a symbolic link; kms-doctor never writes through one (that would replace the file it points to). Remove the link, or choose another name.` };
  }
  if (existing && !existing.isFile()) return { ok: false, message: `${shown} exists and is not a file; choose another name.` };
  if (existing && !force) return { ok: false, message: `${shown} already exists; kms-doctor does not replace it unless you add --force. Or choose another name.` };
  try {
    if (!existing) createExclusive(path, bytes, write);
    else {
      const beside = `${path}.${process.pid}.new`;
      createExclusive(beside, bytes, write);
      try {
        renameSync(beside, path);
      } catch (error) {
        unlinkSync(beside);
        throw error;
      }
    }
    return { ok: true };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    // Between the look and the open something appeared at that name (a file, or a link).
    if (error.code === 'EEXIST' || error.code === 'ELOOP') return { ok: false, message: `${shown} appeared while it was being written; nothing was written. Try again, or choose another name.` };
    if (error.code === 'ENOSPC' || error.code === 'EDQUOT') return { ok: false, message: `${shown} could not be written: the disk is full (nothing was left behind).` };
    return { ok: false, message: `${shown} could not be written: ${errnoProblem(error)}.` };
  }
}
