// What `kms-doctor parse` reads: one file, standard input ("-"), or every file of a folder (one
// per machine), each decoded from whichever encoding Windows wrote it in.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText } from '../text/decode.js';
import type { CommandIO } from './command.js';

/** No collected output comes near this; a larger file is not what parse is for. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** One text to read, or a folder of them. */
export type ParseInput =
  | { kind: 'one'; name: string; text: string }
  | { kind: 'folder'; path: string; files: { file: string; text: string }[]; skipped: string[] };

const sizeProblem = (name: string, bytes: number) =>
  `${name} is ${Math.round(bytes / 1048576)} MB; kms-doctor parse reads files up to ${MAX_FILE_BYTES / 1048576} MB.`;

/** Reads the argument's text(s), or says why it cannot. */
export async function readInput(arg: string, io: CommandIO): Promise<ParseInput | { error: string }> {
  if (arg === '-') return { kind: 'one', name: 'standard input', text: await io.readStdin() };
  const path = resolve(io.cwd, arg);
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    return { error: `kms-doctor parse: cannot read ${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}` };
  }
  if (stat.isDirectory()) return readFolder(path);
  if (stat.size > MAX_FILE_BYTES) return { error: `kms-doctor parse: ${sizeProblem(arg, stat.size)}` };
  try {
    return { kind: 'one', name: arg, text: decodeText(readFileSync(path)) };
  } catch (e) {
    return { error: `kms-doctor parse: cannot read ${arg}: ${(e as Error).message}` };
  }
}

function readFolder(path: string): ParseInput {
  const files: { file: string; text: string }[] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(path, name);
    try {
      const stat = statSync(full);
      if (!stat.isFile()) continue;
      if (stat.size > MAX_FILE_BYTES) { skipped.push(`${name}: ${sizeProblem(name, stat.size)}`); continue; }
      files.push({ file: name, text: decodeText(readFileSync(full)) });
    } catch (e) {
      skipped.push(`${name}: ${(e as Error).message}`);
    }
  }
  return { kind: 'folder', path, files, skipped };
}
