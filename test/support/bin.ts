// Running the built bin (dist/cli.mjs) as a user would: plainly, or in a real PTY.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import stripAnsi from 'strip-ansi';

/** The bin that package.json points at. */
export const BIN = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));

/** What a finished run printed and its exit code. */
export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the bin (or `script`) with piped stdio (no terminal); `stdin` (text or bytes) is written then closed. */
export function runBin(args: string[], stdin: string | Buffer = '', env: Record<string, string> = {}, script = BIN): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.on('error', () => {}); // a bin that stops reading (at its cap) closes the pipe early
    child.stdin.end(stdin);
  });
}

/** A run of the bin in a real pseudo-terminal. */
export interface TerminalRun {
  /** Everything printed so far, escape sequences removed. */
  text(): string;
  /** Everything printed so far, raw. */
  raw(): string;
  write(data: string): void;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  /**
   * Waits for `text` and then a moment more: the first frame is drawn before Ink switches
   * the terminal to raw mode, and a key sent in between arrives cooked (Enter as "\n").
   */
  ready(text: string): Promise<void>;
  exited: Promise<number>;
  /** The bin's process id (to send it signals). */
  pid: number;
}

/**
 * Starts the bin (or another build of it, `script`) in a PTY of the given size, with CI=false so
 * Ink draws every frame. `env` adds to (or overrides) the environment, e.g. TERM or NODE_OPTIONS.
 */
export function runInTerminal(args: string[], cols = 80, rows = 24, env: Record<string, string> = {}, script = BIN): TerminalRun {
  const term = pty.spawn(process.execPath, [script, ...args], {
    name: env.TERM ?? 'xterm-256color', // node-pty sets TERM from the name
    cols,
    rows,
    env: { ...process.env, CI: 'false', TERM: 'xterm-256color', ...env } as Record<string, string>,
  });
  let out = '';
  term.onData((d) => (out += d));
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const run: TerminalRun = {
    text: () => stripAnsi(out),
    raw: () => out,
    write: (data) => term.write(data),
    exited,
    pid: term.pid,
    async waitFor(text, timeoutMs = 10_000) {
      const start = Date.now();
      while (!stripAnsi(out).includes(text)) {
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for "${text}"; screen so far:\n${stripAnsi(out).slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async ready(text) {
      await run.waitFor(text);
      await new Promise((r) => setTimeout(r, 300));
    },
  };
  return run;
}
