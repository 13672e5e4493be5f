// What `c` and `a` put on the clipboard. One command is its bare line, with no newline, so a
// paste waits for Enter; all commands are a block, each under a comment naming what it is and
// where it runs, in the order the screen shows them.

import type { Shell } from '../../../flows/step.js';
import { commandLabel, type ShownCommand } from '../../wizard/view-model.js';

// A comment line each shell (or file) ignores: REM for cmd, # for PowerShell, Unix shells, and
// the named.conf lines of the 'text' commands.
const COMMENT: Record<Shell, string> = { cmd: 'REM', powershell: '#', sh: '#', text: '#' };

/** The text `c` copies: the command alone, one line, no trailing newline. */
export const copyOne = (command: ShownCommand): string => command.text;

/**
 * The text `a` copies: every command, each after a comment line with its full label (a twin
 * gets its own full label, since the block is read away from the screen). No trailing newline,
 * so pasting the block into a shell does not run its last command unasked.
 */
export function copyAll(commands: readonly ShownCommand[]): string {
  return commands.map((c) => `${COMMENT[c.spec.shell]} ${commandLabel(c.spec)}\n${c.text}`).join('\n');
}
