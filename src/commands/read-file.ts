// Reads a file a command was given (parse FILE, each file of parse FOLDER, --from FILE) with
// stated bounds, whatever the file is. A regular file over the cap is refused before it is read
// (its size is known). A device or a named pipe has no size (stat says 0): it is read up to the
// cap and no further, and the reader says it stopped there. It is opened non-blocking, so a
// FIFO nobody writes to cannot hold the command at open(); reading then waits for data at most
// WAIT_SECONDS at a time, and READ_SECONDS in all.

import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { errnoProblem } from './file-problems.js';

/** No collected output comes near this; a larger input is not what kms-doctor reads. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** How long a named pipe or device may stay silent before the reader stops waiting. */
export const WAIT_SECONDS = 30;
/** How long a named pipe or device is read in all. */
export const READ_SECONDS = 120;

/** What reading a file gave: its bytes (and a note for stderr when it was cut), or why not. */
export type FileRead = { ok: true; bytes: Buffer; note?: string } | { ok: false; problem: string };

/** Bounds, for tests: the cap in bytes and the waits in milliseconds. */
export interface ReadBounds {
  cap?: number;
  waitMs?: number;
  totalMs?: number;
}

const MIB = 1024 * 1024;
const sizeText = (bytes: number) => (bytes >= MIB ? `${Math.round(bytes / MIB)} MB` : `${bytes} bytes`);
const capText = (cap: number) => (cap >= MIB ? `${cap / MIB} MiB` : `${cap} bytes`);

/** Why a regular file of `bytes` is not read. */
export const tooBig = (bytes: number, cap = MAX_FILE_BYTES) => `it is ${sizeText(bytes)}; kms-doctor reads files up to ${capText(cap)}`;

// O_NONBLOCK does not exist on Windows, where there are no FIFOs to open.
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads `path`; never more than the cap, never waits for ever. Folders are the caller's. */
export async function readBounded(path: string, bounds: ReadBounds = {}): Promise<FileRead> {
  const cap = bounds.cap ?? MAX_FILE_BYTES;
  let fd: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, problem: 'it is a folder' };
    if (stat.isFile() && stat.size > cap) return { ok: false, problem: tooBig(stat.size, cap) };
    if (stat.isSocket()) return { ok: false, problem: 'it is a socket, not a file' };
    fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  } catch (e) {
    return { ok: false, problem: errnoProblem(e as NodeJS.ErrnoException) };
  }
  try {
    if (isatty(fd)) return { ok: false, problem: 'it is a terminal; give a file, or - with the output piped in' };
    const stat = fstatSync(fd);
    return stat.isFile() ? readRegular(fd, cap) : await readStream(fd, cap, stat.isFIFO(), bounds);
  } catch (e) {
    return { ok: false, problem: errnoProblem(e as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
  }
}

/** A regular file, to one byte past the cap (it may have grown since stat). */
function readRegular(fd: number, cap: number): FileRead {
  const chunks: Buffer[] = [];
  let size = 0;
  const first = fstatSync(fd).size + 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(first, 64 * 1024), cap + 1 - size));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    size += n;
    if (size > cap) return { ok: false, problem: tooBig(Math.max(size, fstatSync(fd).size), cap) };
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) };
}

/**
 * A device or named pipe, opened non-blocking: read while data comes; when none is there
 * (EAGAIN, or a FIFO with no writer yet) wait a little longer each time, up to the bounds.
 * A read of 0 bytes is the end — for a FIFO only once something came, since before its writer
 * opens it a FIFO reads as empty.
 */
async function readStream(fd: number, cap: number, fifo: boolean, bounds: ReadBounds): Promise<FileRead> {
  const waitMs = bounds.waitMs ?? WAIT_SECONDS * 1000;
  const totalMs = bounds.totalMs ?? READ_SECONDS * 1000;
  const chunks: Buffer[] = [];
  let size = 0;
  const start = Date.now();
  let lastData = start;
  let pause = 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, cap + 1 - size));
    let n = -1;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
    if (n > 0) {
      chunks.push(chunk.subarray(0, n));
      size += n;
      lastData = Date.now();
      pause = 1;
      if (size > cap) return { ok: true, bytes: Buffer.concat(chunks).subarray(0, cap), note: `it goes on past ${capText(cap)}; only the first ${capText(cap)} were read` };
      continue;
    }
    if (n === 0 && (size > 0 || !fifo)) break;
    const now = Date.now();
    if (now - lastData >= waitMs || now - start >= totalMs) {
      const seconds = now - start >= totalMs ? `${totalMs / 1000} s in all` : `${waitMs / 1000} s`;
      if (size === 0) return { ok: false, problem: `nothing arrived in ${seconds} (is anything writing to it?)` };
      return { ok: true, bytes: Buffer.concat(chunks), note: `stopped waiting for more after ${seconds}; read what had arrived (${sizeText(size)})` };
    }
    await sleep(pause);
    pause = Math.min(pause * 2, 50);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
