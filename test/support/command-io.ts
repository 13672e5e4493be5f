// Running a command module in-process, with the I/O of a pipe (no terminal) unless told.

import type { CommandIO } from '../../src/commands/command.js';

/** CommandIO for tests: `stdin` is what standard input holds. */
export function pipeIO(stdin = '', overrides: Partial<CommandIO> = {}): CommandIO {
  return { readStdin: async () => stdin, stdinIsTTY: false, stdoutIsTTY: false, env: {}, cwd: process.cwd(), ...overrides };
}
