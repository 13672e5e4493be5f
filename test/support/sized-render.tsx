// Rendering the wizard into a window of a given size (ink-testing-library's is 100 columns
// with no height), to check that screens fit the terminals technicians use.

import { EventEmitter } from 'node:events';
import { createActor } from 'xstate';
import { render } from 'ink';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { App } from '../../src/wizard/App.js';
import { NoInput } from '../../src/terminal/no-input.js';
import { SessionProvider } from '../../src/wizard/session-context.js';
import { sessionMachine } from '../../src/wizard/session-machine.js';
import type { Session } from '../../src/wizard/session.js';

/** A terminal output of a fixed size that keeps every frame written to it. */
export class SizedStdout extends EventEmitter {
  frames: string[] = [];
  constructor(readonly columns: number, readonly rows: number) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}


/** The frame the wizard draws for `session` in its window, and its height in terminal rows. */
export function frameOf(session: Session): { frame: string; height: number } {
  const { columns, rows } = session.size;
  const actor = createActor(sessionMachine, { input: {}, snapshot: sessionMachine.resolveState({ value: 'running', context: session }) }).start();
  const stdout = new SizedStdout(columns, rows);
  const app = render(
    <SessionProvider actor={actor}>
      <App />
    </SessionProvider>,
    { stdout: stdout as never, stdin: new NoInput() as never, debug: true, patchConsole: false, exitOnCtrlC: false },
  );
  app.unmount();
  const frame = stripAnsi(stdout.frames.filter((f) => f.trim() !== '').at(-1) ?? '').replace(/\n$/, '');
  const height = frame.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(stringWidth(line) / columns)), 0);
  return { frame, height };
}
