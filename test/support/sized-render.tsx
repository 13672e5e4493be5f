// Rendering the wizard into a window of a given size (ink-testing-library's is 100 columns
// with no height), to check that screens fit the terminals technicians use.

import { EventEmitter } from 'node:events';
import { render } from 'ink';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { App } from '../../src/wizard/App.js';
import { SessionProvider, type SessionActorRef } from '../../src/wizard/session-context.js';

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

/** A terminal input that never types: enough for Ink to set up its key handling. */
export class QuietStdin extends EventEmitter {
  isTTY = true;
  setRawMode() {}
  setEncoding() {}
  read() {
    return null;
  }
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** The last frame the wizard draws for `actor` in a columns×rows window, and its height in rows. */
export function frameAt(actor: SessionActorRef, columns: number, rows: number): { frame: string; height: number } {
  const stdout = new SizedStdout(columns, rows);
  const app = render(
    <SessionProvider actor={actor}>
      <App />
    </SessionProvider>,
    { stdout: stdout as never, stdin: new QuietStdin() as never, debug: true, patchConsole: false, exitOnCtrlC: false },
  );
  app.unmount();
  const frame = stripAnsi(stdout.frames.filter((f) => f.trim() !== '').at(-1) ?? '').replace(/\n$/, '');
  const height = frame.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(stringWidth(line) / columns)), 0);
  return { frame, height };
}
