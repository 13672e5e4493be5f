// Vitest global setup: can this system's pseudo-terminals carry a program's output? Probed once
// (a Node child in a PTY prints a word), not assumed from the platform: Wine's ConPTY starts the
// child but sends nothing back, while Linux, macOS and Windows itself do. When the probe fails,
// the real-terminal tests skip (test/support/pty.ts) and this prints one line saying why.

import pty from '@lydell/node-pty';
import type { TestProject } from 'vitest/node';

const WORD = 'kms-pty-probe';
// Generous: a Windows program under Wine takes about half a second to start, more on a busy machine.
const WAIT_MS = 15_000;

/** Resolves with true once the word comes through the PTY, false when it never does. */
function ptyCarriesOutput(): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = '';
    let term: ReturnType<typeof pty.spawn> | undefined;
    const done = (ok: boolean) => {
      clearTimeout(timer);
      try {
        term?.kill();
      } catch {
        // already gone
      }
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), WAIT_MS);
    try {
      term = pty.spawn(process.execPath, ['-e', `process.stdout.write(${JSON.stringify(WORD)})`], { cols: 80, rows: 24, env: process.env as Record<string, string> });
    } catch {
      done(false);
      return;
    }
    term.onData((data) => {
      seen += data;
      if (seen.includes(WORD)) done(true);
    });
  });
}

const underWine = (): boolean => process.platform === 'win32' && Boolean(process.env.WINECONFIGDIR);

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the real-terminal tests cannot run on this system, or '' when they can. */
    noPty: string;
  }
}

export default async function probePty(project: TestProject): Promise<void> {
  if (await ptyCarriesOutput()) {
    project.provide('noPty', '');
    return;
  }
  const why = underWine()
    ? "Wine's ConPTY sends nothing back (a Wine limit; on Windows itself these tests run)"
    : `a program started in a pseudo-terminal printed nothing within ${WAIT_MS / 1000} s`;
  project.provide('noPty', why);
  process.stderr.write(`\nkms-doctor tests: the real-terminal (pseudo-terminal) tests are skipped here: ${why}.\n\n`);
}
