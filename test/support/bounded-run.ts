// Runs the built bin piped, and stops it if it runs away: past a time limit, or past a resident
// memory limit (read from /proc on Linux). A test of a bound then fails by a clear "stopped"
// instead of taking the machine's memory with it (unbounded reading grew 4 GB in 30 s).

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN } from './bin.js';

/** How a bounded run ended. */
export interface BoundedResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why the run was stopped, when it was. */
  stopped?: 'time' | 'memory';
}

const rssMb = (pid: number): number => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

/** Runs `node BIN args`; kills it after `limitMs` or once it holds more than `maxMb` MB. */
export function runBinBounded(args: string[], { limitMs = 60_000, maxMb = 1500, env = {} }: { limitMs?: number; maxMb?: number; env?: Record<string, string> } = {}): Promise<BoundedResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stopped: BoundedResult['stopped'];
    child.stdout.on('data', (d) => (stdout.length < 1e6 ? (stdout += d) : undefined));
    child.stderr.on('data', (d) => (stderr += d));
    const stop = (why: 'time' | 'memory') => {
      stopped ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('time'), limitMs);
    const watch = setInterval(() => rssMb(child.pid!) > maxMb && stop('memory'), 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({ code, stdout, stderr, ...(stopped ? { stopped } : {}) });
    });
  });
}
