// `kms-doctor [options] [code...]` — everything that is not a command word: --help, --version,
// or the wizard, started at the code text when there is one (`kms-doctor 0xC004F074`).

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText } from '../text/decode.js';
import { visible } from '../text/visible.js';
import { wrap } from '../text/wrap.js';
import { runWithArgs, UsageError, type CommandSpec } from './args.js';
import type { CommandIO, CommandResult } from './command.js';
import { MAIN_HELP, MAIN_USAGE } from './help-text.js';
import { DUMB_TERMINAL_MESSAGE, NO_TERMINAL_MESSAGE } from './no-terminal.js';

/** How the wizard is started: colours, output to read first, where notes go, the print-out on exit. */
export interface WizardStart {
  color: boolean;
  /** The text of --from FILE: its code is where to start, its facts answer questions. */
  output?: string;
  /** --out DIR: where `s` saves the note. */
  outDir?: string;
  /** False with --no-print. */
  printOnExit: boolean;
  /** --powershell PATH: the PowerShell "Read this computer" runs (src/collect/run-local.ts). */
  powershell?: string;
}

/** Starts the wizard (at `code`, when given) and resolves with its exit code. */
export type StartWizard = (code: string | undefined, options: WizardStart) => Promise<number>;

const SPEC: CommandSpec = {
  usage: MAIN_USAGE,
  options: {
    version: { type: 'boolean', short: 'v' },
    'no-color': { type: 'boolean' },
    from: { type: 'string' },
    out: { type: 'string' },
    'no-print': { type: 'boolean' },
    powershell: { type: 'string' },
  },
  help: MAIN_HELP,
};

/** The text of the --from file, decoded as Windows tools write files; a usage error when it cannot be read. */
function readFrom(path: string, cwd: string): string {
  try {
    return decodeText(readFileSync(resolve(cwd, path)));
  } catch (err) {
    throw new UsageError(`cannot read --from ${visible(path)}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** The --out folder, when it is one. */
function outFolder(path: string, cwd: string): string {
  const dir = resolve(cwd, path);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // missing: said below
  }
  if (!isDir) throw new UsageError(`--out ${visible(path)} is not a folder: notes are saved into an existing folder`);
  return dir;
}

/**
 * The --powershell value: a program name found on PATH (no folder in it), or the path of an
 * existing file. It is started without a shell, so no character of it is interpreted.
 */
function powershellPath(value: string, cwd: string): string {
  if (value.trim() === '') throw new UsageError('--powershell needs the path of a PowerShell (powershell.exe or pwsh)');
  if (!/[\\/]/.test(value)) return value;
  const path = resolve(cwd, value);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    // missing: said below
  }
  if (!isFile) throw new UsageError(`--powershell ${visible(value)}: no such file`);
  return path;
}

/** Why the wizard cannot run here, or undefined when it can. */
function noTerminal(io: CommandIO): string | undefined {
  if (!io.stdinIsTTY || !io.stdoutIsTTY) return NO_TERMINAL_MESSAGE;
  // A dumb terminal cannot move the cursor: every frame would pile up below the last.
  if (io.env.TERM === 'dumb') return DUMB_TERMINAL_MESSAGE;
  return undefined;
}

/** Runs `kms-doctor` with `args` (no command word). */
export function runMain(args: readonly string[], io: CommandIO, version: string, startWizard: StartWizard): Promise<CommandResult> {
  return runWithArgs(args, io, SPEC, async ({ values, positionals }) => {
    if (values.version === true) return { stdout: `${version}\n`, exitCode: 0 };
    const why = noTerminal(io);
    if (why) return { stdout: '', stderr: `${wrap(why, 80)}\n`, exitCode: 2 };
    const code = positionals.join(' ').trim();
    const color = values['no-color'] !== true && (io.env.NO_COLOR ?? '') === '';
    const output = typeof values.from === 'string' ? readFrom(values.from, io.cwd) : undefined;
    // Notes go where the technician was (INIT_CWD under npm start), or into --out.
    const outDir = typeof values.out === 'string' ? outFolder(values.out, io.cwd) : io.cwd;
    const powershell = typeof values.powershell === 'string' ? powershellPath(values.powershell, io.cwd) : undefined;
    const start: WizardStart = {
      color, printOnExit: values['no-print'] !== true, ...(output !== undefined ? { output } : {}), outDir, ...(powershell ? { powershell } : {}),
    };
    return { stdout: '', exitCode: await startWizard(code || undefined, start) };
  });
}
