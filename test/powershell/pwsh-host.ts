// One long-lived pwsh per test file (server.ps1), asked over its standard input: starting
// pwsh costs about 1.5 s, a request a few milliseconds (scripts/bench-pwsh.mjs measures both).
// Requests are answered in order, one JSON line each.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { delimiter } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./server.ps1', import.meta.url));
/** The mock module folder (put on PSModulePath) and the folder of the mock w32tm (put on PATH). */
export const MOCK_MODULES = fileURLToPath(new URL('./mocks/modules', import.meta.url));
export const MOCK_BIN = fileURLToPath(new URL('./mocks/bin', import.meta.url));

/** What the parser found in a text (analyse.ps1). */
export interface ScriptFacts {
  errors: { message: string; id: string; line: number; column: number; text: string }[];
  pwsh7: { what: string; text: string; line: number }[];
  commands: CommandFacts[];
}

/** One command of a text: its name (null for `& { … }` or `& $x`) and its elements in order. */
export interface CommandFacts {
  name: string | null;
  invocation: string;
  text: string;
  line: number;
  elements: ({ parameter: string; inline: boolean; text: string } | { argument: string; splat: boolean })[];
}

/** How a mocked run ended (run-mocked.ps1). */
export interface MockedRun {
  output: string;
  errors: string[];
  stopped: string | null;
  seconds: number;
}

/** The environment pwsh needs to find the mocks the way Windows finds the real commands. */
export function mockEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    PSModulePath: MOCK_MODULES,
    PATH: `${MOCK_BIN}${delimiter}${base.PATH ?? ''}`,
    // pwsh would otherwise try to send telemetry and look for updates at every start.
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
  };
}

/** A running server.ps1. */
export class PwshHost {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 1;
  private stderr = '';
  private readonly exited: Promise<void>;

  constructor(pwsh: string) {
    this.child = spawn(pwsh, ['-NoProfile', '-NonInteractive', '-File', SERVER], { env: mockEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d) => (this.stderr += d));
    createInterface({ input: this.child.stdout }).on('line', (line) => this.answer(line));
    this.exited = new Promise((resolve) => this.child.once('close', () => {
      for (const w of this.waiting.values()) w.reject(new Error(`pwsh ended: ${this.stderr.trim()}`));
      this.waiting.clear();
      resolve();
    }));
    this.child.once('error', (e) => { for (const w of this.waiting.values()) w.reject(e); this.waiting.clear(); });
  }

  private answer(line: string): void {
    let reply: { id: number; ok: boolean; result?: unknown; error?: string };
    try {
      reply = JSON.parse(line);
    } catch {
      return; // pwsh's own chatter, if any
    }
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.result);
    else w.reject(new Error(reply.error ?? 'pwsh failed'));
  }

  private request<T>(body: Record<string, unknown>): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.stdin.write(`${JSON.stringify({ id, ...body })}\n`);
    });
  }

  /** What the parser finds in `text`. */
  analyse(text: string): Promise<ScriptFacts> {
    return this.request({ op: 'analyse', text });
  }

  /** Runs `text` with the mocks; `env` is set for the run only (e.g. the mock case). */
  run(text: string, env: Record<string, string>, strict = true): Promise<MockedRun> {
    return this.request({ op: 'run', text, env, strict });
  }

  /** Ends pwsh (its input closes, it leaves its loop). */
  async close(): Promise<void> {
    this.child.stdin.end();
    await this.exited;
  }
}
