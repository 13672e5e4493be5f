// Starts the wizard in the real terminal and resolves with the exit code: 0 after q,
// 130 after Ctrl+C. Ink restores the terminal (raw mode, cursor) when it unmounts.

import { render } from 'ink';
import { App } from './App.js';
import { SessionProvider, startSessionActor } from './session-context.js';
import type { SessionEntry } from './session.js';
import { softWrapAware } from './soft-wrap-stdout.js';

/** Runs the wizard until the technician quits; returns the process exit code. */
export async function runWizard(entry: SessionEntry): Promise<number> {
  let exitCode = 0;
  const app = render(
    <SessionProvider actor={startSessionActor(entry)}>
      <App onExit={(code) => (exitCode = code)} />
    </SessionProvider>,
    { stdout: softWrapAware(process.stdout), exitOnCtrlC: false, patchConsole: false },
  );
  await app.waitUntilExit();
  return exitCode;
}
