// Reads this computer itself: runs the collect script (script.ts) with the PowerShell found the
// same way everywhere — the one --powershell names, else powershell.exe on Windows (every
// Windows has Windows PowerShell 5.1), else pwsh — as the README and the script's own header
// tell a person to: saved to a file, `-NoProfile -ExecutionPolicy Bypass -File`. Bounded (20 s
// at most) and cancellable; it gives back the JSON, or one sentence that says what failed.
// Nothing here runs by itself: the wizard calls it only after the technician pressed Enter.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCollected } from '../readers/collect.js';
import type { CollectSide } from '../readers/collect-names.js';
import { decodeText } from '../text/decode.js';
import { RUN_LIMIT_SECONDS } from './limits.js';
import { findPowerShell, powerShellArgs } from './powershell-command.js';
import { collectScript, ERRORS_KEY } from './script.js';

export { commandLine, findPowerShell } from './powershell-command.js';

/** The longest a run may take; the wizard's wait is bounded by it. */
export const RUN_LIMIT_MS = RUN_LIMIT_SECONDS * 1000;

/** The most of PowerShell's output that is kept (the JSON is a few kilobytes). */
const OUTPUT_CAP = 4 * 1024 * 1024;

/** One part of the machine the script could not read (the JSON's Errors). */
export interface PartFailure {
  part: string;
  message: string;
}

/** What a run gave: the JSON (and the parts it could not read), or why there is none. */
export type LocalRun =
  | { ok: true; json: string; failures: PartFailure[]; side: CollectSide }
  | { ok: false; reason: string };

/** How to run. */
export interface RunOptions {
  /** --powershell PATH; otherwise powershell.exe on Windows, pwsh elsewhere. */
  powershell?: string;
  side?: CollectSide;
  /** At most RUN_LIMIT_MS. */
  timeoutMs?: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

const firstLine = (text: string): string => text.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';

/** The parts the JSON says it could not read. */
function failuresOf(value: unknown): PartFailure[] {
  const list = (value as Record<string, unknown>)[ERRORS_KEY];
  if (!Array.isArray(list)) return [];
  return list.flatMap((e) => (e && typeof e === 'object' ? [{ part: String((e as Record<string, unknown>).Part ?? ''), message: String((e as Record<string, unknown>).Message ?? '').trim() }] : []));
}

/** Reads what PowerShell printed: the JSON, or why it is not one. */
export function readRun(stdout: string, stderr: string, exitCode: number | null): LocalRun {
  const text = stdout.replace(/^\uFEFF/, '').trim();
  let value: unknown;
  try {
    value = text ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  if (value !== undefined && isCollected(value)) {
    const side = (value as Record<string, unknown>).Side === 'host' ? 'host' : 'client';
    return { ok: true, json: text, failures: failuresOf(value), side };
  }
  const said = firstLine(stderr) || firstLine(stdout);
  if (exitCode !== 0 && exitCode !== null) return { ok: false, reason: `PowerShell ended with exit code ${exitCode}${said ? `: ${said}` : ''}` };
  return { ok: false, reason: `PowerShell printed no collected JSON${said ? `: ${said}` : ''}` };
}

/** Runs the collect script on this computer. Never throws: a failure is a sentence. */
export function runLocal(options: RunOptions = {}): Promise<LocalRun> {
  const powershell = findPowerShell(options.powershell, options.platform);
  const side = options.side ?? 'client';
  const limit = Math.min(options.timeoutMs ?? RUN_LIMIT_MS, RUN_LIMIT_MS);
  if (options.signal?.aborted) return Promise.resolve({ ok: false, reason: 'Cancelled before it started.' });
  const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-read-'));
  const file = join(dir, 'collect.ps1');
  // CRLF and a BOM: Windows PowerShell 5.1 reads a BOM-less file in the ANSI code page.
  writeFileSync(file, `\uFEFF${collectScript(side).replace(/\n/g, '\r\n')}`);
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  return new Promise<LocalRun>((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const finish = (result: LocalRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      cleanup();
      resolve(result);
    };
    const child = spawn(powershell, powerShellArgs(file), {
      env: { ...(options.env ?? process.env), POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' },
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stop = (reason: string) => {
      child.kill();
      finish({ ok: false, reason });
    };
    const timer = setTimeout(() => stop(`Stopped after ${limit / 1000} s: PowerShell had not finished reading this computer.`), limit);
    const onAbort = () => stop('Cancelled.');
    options.signal?.addEventListener('abort', onAbort);
    const out: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (d: Buffer) => {
      if (size < OUTPUT_CAP) out.push(d);
      size += d.length;
    });
    child.stderr.on('data', (d: Buffer) => { if (stderr.length < 64 * 1024) stderr += d.toString('utf8'); });
    child.once('error', (err: NodeJS.ErrnoException) => {
      finish({ ok: false, reason: err.code === 'ENOENT' ? `PowerShell was not found (${powershell}); name it with --powershell PATH.` : `PowerShell could not be started (${powershell}): ${err.message}` });
    });
    child.once('close', (code) => {
      stdout = decodeText(new Uint8Array(Buffer.concat(out)));
      finish(readRun(stdout, stderr, code));
    });
  });
}
