// Starting processes for the bench and timing them: piped (a script's view of explain and
// keys) and in a pseudo-terminal (a technician's view of the wizard).

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from '@lydell/node-pty';

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** A preload that reports the process's peak RSS (kB) on fd 3 as it exits. */
export function peakRssPreload(dir) {
  const file = join(dir, 'peak-rss.cjs');
  writeFileSync(file, "process.on('exit', () => { try { require('fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });");
  return file;
}

/**
 * Runs `node <args>` with piped stdio until it closes; resolves with its wall time (ms), exit
 * code, output length and, with `preload`, its peak RSS (kB).
 */
export function runPiped(args, { stdin = '', preload } = {}) {
  return new Promise((resolve, reject) => {
    const start = now();
    const nodeArgs = preload ? ['--require', preload, ...args] : args;
    const child = spawn(process.execPath, nodeArgs, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    let rss = '';
    let stdoutBytes = 0;
    child.stdout.on('data', (d) => (stdoutBytes += d.length));
    child.stderr.resume();
    child.stdio[3].on('data', (d) => (rss += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: now() - start, code, stdoutBytes, rssKb: rss ? Number(rss) : NaN }));
    child.stdin.on('error', () => {}); // a command that does not read stdin may close it early
    child.stdin.end(stdin);
  });
}

/** Memory of a running process from /proc (Linux): current and peak resident set, in kB. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1]);
    return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
  } catch {
    return { rssKb: NaN, peakKb: NaN };
  }
}

/**
 * Starts `node <args>` in an 80×24 pseudo-terminal. `until` tells when it has answered: a
 * text in its output, or (when omitted) its exit. Resolves with the time taken and the
 * terminal, still running when `until` was a text.
 */
export function runInPty(args, { until, cols = 80, rows = 24 } = {}) {
  return new Promise((resolve) => {
    const start = now();
    const term = pty.spawn(process.execPath, args, {
      name: 'xterm-256color', cols, rows,
      env: { ...process.env, CI: 'false', TERM: 'xterm-256color' },
    });
    let out = '';
    let done = false;
    const finish = () => {
      done = true;
      resolve({ ms: now() - start, term, output: () => out });
    };
    term.onData((d) => {
      out += d;
      if (!done && until && out.includes(until)) finish();
    });
    term.onExit(() => {
      if (!done) finish();
    });
  });
}

/** Stops a pseudo-terminal run and waits until its process has gone. */
export function stopPty(term) {
  return new Promise((resolve) => {
    term.onExit(() => resolve());
    setTimeout(resolve, 2000).unref(); // it may have gone already
    try {
      term.kill();
    } catch {
      resolve();
    }
  });
}
