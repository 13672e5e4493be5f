// The built bin in a real pseudo-terminal whose output is fed to a terminal emulator
// (@xterm/headless), so a test reads the screen a technician would see — after redraws,
// resizes and soft wraps — not the byte stream.

import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { BIN } from './bin.js';

/** A run of the wizard on an emulated screen. */
export interface ScreenRun {
  /** The screen's lines now, trailing spaces removed. */
  lines(): string[];
  /** Everything the program wrote, raw. */
  raw(): string;
  write(data: string): void;
  resize(columns: number, rows: number): void;
  /** Waits until some line of the screen contains `text`. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  /** Writes straight onto the emulated screen, as another program sharing the terminal would. */
  scribble(data: string): Promise<void>;
  /** Lets the program and the emulator catch up. */
  settle(ms?: number): Promise<void>;
  /** The process id of the program (the shell's child when run through a shell). */
  pid: number;
  exited: Promise<number>;
}

/** Starts `command` (default: the bin with `args`) in a PTY of the given size, read through an emulator (node-pty sets TERM to the terminal's name: env.TERM names it). */
export function runOnScreen(args: string[], columns = 80, rows = 24, env: Record<string, string> = {}, shell?: string): ScreenRun {
  const term = shell
    ? pty.spawn('/bin/sh', ['-c', shell], { name: env.TERM ?? 'xterm-256color', cols: columns, rows, env: { ...process.env, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env } as Record<string, string> })
    : pty.spawn(process.execPath, [BIN, ...args], { name: env.TERM ?? 'xterm-256color', cols: columns, rows, env: { ...process.env, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env } as Record<string, string> });
  const screen = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  let raw = '';
  let pending = Promise.resolve();
  term.onData((d) => {
    raw += d;
    pending = pending.then(() => new Promise<void>((resolve) => screen.write(d, resolve)));
  });
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const lines = () => {
    const buffer = screen.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < screen.rows; i++) out.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return out;
  };
  const run: ScreenRun = {
    lines,
    raw: () => raw,
    write: (data) => term.write(data),
    resize(c, r) {
      term.resize(c, r);
      screen.resize(c, r);
    },
    async waitFor(text, timeoutMs = 10_000) {
      const start = Date.now();
      for (;;) {
        await pending;
        if (lines().some((l) => l.includes(text))) return;
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for "${text}"; screen:\n${lines().join('\n')}`);
        await new Promise((r) => setTimeout(r, 30));
      }
    },
    scribble(data) {
      pending = pending.then(() => new Promise<void>((resolve) => screen.write(data, resolve)));
      return pending;
    },
    async settle(ms = 150) {
      await new Promise((r) => setTimeout(r, ms));
      await pending;
    },
    get pid() {
      return term.pid;
    },
    exited,
  };
  return run;
}
