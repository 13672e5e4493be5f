#!/usr/bin/env node
// Entry point of the kms-doctor bin, kept small: it picks the command by the first word and
// imports only that command's module (src/commands/table.ts); anything else is `kms-doctor`
// itself (--help, --version, or the wizard at a code). Every command's output and exit code
// come back here to be written, so stdout carries only the result.

import module from 'node:module';
import v8 from 'node:v8';
import type { CommandIO, CommandResult } from './commands/command.js';
import { runMain, type StartWizard } from './commands/main.js';
import { TRUNCATED_MESSAGE, readCapped } from './commands/stdin.js';
import { COMMANDS } from './commands/table.js';
import { workingFolder } from './commands/working-folder.js';

// Node 22 and later keep compiled code on disk between runs (the chunks load faster from the
// second start on); Node 20 has no such cache, hence the optional call.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// SIGUSR1 makes Node start its debugger: it prints "Debugger listening on ws://…" over the
// wizard's screen and opens a port anyone on the machine can attach to. kms-doctor is not
// meant to be debugged in the field; a listener of our own replaces Node's, so the signal
// does nothing.
process.on('SIGUSR1', () => {});

// `kms-doctor keys | head -1`: the reader has gone, which is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const VERSION = typeof __KMS_DOCTOR_VERSION__ === 'string' ? __KMS_DOCTOR_VERSION__ : '0.0.0-dev';

const io: CommandIO = {
  async readStdin() {
    if (process.stdin.isTTY) return ''; // never wait on a person who did not pipe anything
    const { text, truncated } = await readCapped(process.stdin);
    if (truncated) process.stderr.write(TRUNCATED_MESSAGE);
    return text;
  },
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  env: process.env,
  cwd: workingFolder(process.env),
};

/**
 * Every frame the wizard draws is short-lived garbage (React elements, Yoga nodes, strings of
 * the frame). V8 answers a steady stream of it by growing its young generation up to 32 MiB
 * and never gives that back, and by letting the old generation grow 2× between full
 * collections: after 1 000 keys the process held 40 MiB more than at its first screen, with
 * 9 MiB of live objects. Keeping the young generation at its size and the old one growing by
 * 20% at a time costs more frequent, short collections (measured: no slower keys).
 */
function keepHeapSmall(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
}

const startWizard: StartWizard = async (code, { color, output, outDir, printOnExit, powershell }) => {
  // chalk reads FORCE_COLOR when Ink loads, below (NO_COLOR, no-color.org, and --no-color).
  if (!color) process.env.FORCE_COLOR = '0';
  const { runWizard } = await import('./wizard/run.js');
  // After loading the wizard, not before: loading allocates a lot that stays, and scavenging
  // it 1 MiB at a time delayed the first screen by about 8%.
  keepHeapSmall();
  // "Read this computer" is offered where kms-doctor can read the machine it runs on: on
  // Windows (Windows PowerShell is on every one), or wherever --powershell names a PowerShell.
  const readLocal = process.platform === 'win32' || powershell ? { readLocal: powershell ? { powershell } : {} } : {};
  return runWizard({ ...(code ? { code } : {}), ...(output !== undefined ? { output } : {}), ...readLocal }, { outDir, printOnExit, ...(powershell ? { powershell } : {}) });
};

async function run(args: string[]): Promise<CommandResult> {
  const word = args[0] ?? '';
  const command = Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
  if (command) return (await command.load()).run(args.slice(1), io);
  return runMain(args, io, VERSION, startWizard);
}

try {
  const result = await run(process.argv.slice(2));
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.stdout) process.stdout.write(result.stdout);
  process.exitCode = result.exitCode;
} catch (err) {
  // A damaged data file surfaces as a CatalogError; anything else is a bug. No stack trace
  // for the technician (KMS_DOCTOR_DEBUG=1 shows it), and the exit code README promises.
  const what = err instanceof Error && err.name === 'CatalogError' ? "kms-doctor's built-in data is damaged" : 'kms-doctor hit a problem it did not expect';
  process.stderr.write(`${what}: ${err instanceof Error ? err.message : String(err)}\nPlease report this, with the command you ran.\n`);
  if (process.env.KMS_DOCTOR_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 70;
}
