// `kms-doctor [options] [code...]` — everything that is not a command word: --help, --version,
// or the wizard, started at the code text when there is one (`kms-doctor 0xC004F074`).

import { wrap } from '../text/wrap.js';
import { runWithArgs, type CommandSpec } from './args.js';
import type { CommandIO, CommandResult } from './command.js';
import { MAIN_HELP, MAIN_USAGE } from './help-text.js';
import { DUMB_TERMINAL_MESSAGE, NO_TERMINAL_MESSAGE } from './no-terminal.js';

/** Starts the wizard (at `code`, when given) and resolves with its exit code. */
export type StartWizard = (code: string | undefined, options: { color: boolean }) => Promise<number>;

const SPEC: CommandSpec = {
  usage: MAIN_USAGE,
  options: { version: { type: 'boolean', short: 'v' }, 'no-color': { type: 'boolean' } },
  help: MAIN_HELP,
};

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
    return { stdout: '', exitCode: await startWizard(code || undefined, { color }) };
  });
}
