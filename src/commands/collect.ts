// `kms-doctor collect [--host-side] [--out FILE [--force]]`: prints the read-only PowerShell
// script that gathers this machine's activation state as JSON (or writes it to a new .ps1).
// Run on a client, or with --host-side on the KMS host; `kms-doctor parse` and the wizard read
// its output.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectScript } from '../collect/script.js';
import { visible } from '../text/visible.js';
import type { CommandIO, CommandResult, CommandRun } from './command.js';
import { writeNewFile } from './write-new-file.js';

const USAGE = `Usage: kms-doctor collect [--host-side] [--out FILE.ps1 [--force]]

Prints a read-only PowerShell script that gathers this machine's activation state as JSON:
the Windows licence, the Software Licensing service, the SRV lookup of its domain, a TCP test
to its KMS host, its activation events, its clock and w32tm status, its name and domain.
Run it on a client (or, with --host-side, on the KMS host) and give the output to
kms-doctor parse, or paste it into the wizard. It changes nothing and needs no elevation.

--out writes a new file: an existing one is replaced only with --force, and a symbolic link
is never written through (remove it, or choose another name).
`;

const usageError = (message: string): CommandResult => ({ stdout: '', stderr: `kms-doctor collect: ${message}\n\n${USAGE}`, exitCode: 2 });

/** The collect command. */
export const run: CommandRun = async (args: readonly string[], io: CommandIO): Promise<CommandResult> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { 'host-side': { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values } = parsed;
  if (values.help) return { stdout: USAGE, exitCode: 0 };
  const side = values['host-side'] ? 'host' : 'client';
  const script = collectScript(side);
  if (values.out === undefined) return { stdout: script, exitCode: 0 };
  if (!/\.ps1$/i.test(values.out)) return usageError(`--out needs a file name ending in .ps1 (PowerShell runs only those): ${visible(values.out)}`);
  // CRLF, so Notepad on an older Windows shows it as lines too.
  const written = writeNewFile(resolve(io.cwd, values.out), values.out, Buffer.from(script.replace(/\n/g, '\r\n')), { force: values.force === true });
  if (!written.ok) return { stdout: '', stderr: `kms-doctor collect: ${written.message}\n`, exitCode: 2 };
  const where = side === 'host' ? 'on the KMS host' : 'on each client';
  return { stdout: '', stderr: `Wrote ${visible(values.out)}. Run it ${where}; save its output as one .json file per machine, then: kms-doctor parse <folder>\n`, exitCode: 0 };
};
