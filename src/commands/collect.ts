// `kms-doctor collect [--host-side] [--out FILE]`: prints the read-only PowerShell script that
// gathers this machine's activation state as JSON (or writes it to a .ps1). Run on a client,
// or with --host-side on the KMS host; `kms-doctor parse` and the wizard read its output.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../collect/header.js';
import { collectScript } from '../collect/script.js';
import type { CommandIO, CommandResult, CommandRun } from './command.js';

const USAGE = `Usage: kms-doctor collect [--host-side] [--out FILE.ps1]

Prints a read-only PowerShell script that gathers this machine's activation state as JSON:
the Windows licence, the Software Licensing service, the SRV lookup of its domain, a TCP test
to its KMS host, its activation events, its clock and w32tm status, its name and domain.
It changes nothing, needs no elevation, and says at its top what it reads, what it
contacts and how to run it. Save it, run it on a client (or, with --host-side, on the KMS
host) and keep what it prints:

  kms-doctor collect --out collect.ps1
  ${runCommand('client')}

Then: kms-doctor parse pc042.json (or a folder of them), or kms-doctor --from pc042.json.
`;

const usageError = (message: string): CommandResult => ({ stdout: '', stderr: `kms-doctor collect: ${message}\n\n${USAGE}`, exitCode: 2 });

/** The collect command. */
export const run: CommandRun = async (args: readonly string[], io: CommandIO): Promise<CommandResult> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { 'host-side': { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (!/\.ps1$/i.test(values.out)) return usageError(`--out needs a file name ending in .ps1 (PowerShell runs only those): ${values.out}`);
  try {
    // CRLF, so Notepad on an older Windows shows it as lines too.
    writeFileSync(resolve(io.cwd, values.out), script.replace(/\n/g, '\r\n'));
  } catch (e) {
    return { stdout: '', stderr: `kms-doctor collect: cannot write ${values.out}: ${(e as Error).message}\n`, exitCode: 2 };
  }
  const where = side === 'host' ? 'on the KMS host' : 'on each client';
  const name = side === 'host' ? 'kms01' : 'pc042';
  const command = `powershell -NoProfile -ExecutionPolicy Bypass -File ${values.out} > ${name}.json`;
  return {
    stdout: '',
    stderr: `Wrote ${values.out}. Run it ${where}, keeping what it prints (one .json file per machine):\n  ${command}\nthen: kms-doctor parse ${name}.json (or the folder of them)\n`,
    exitCode: 0,
  };
};
