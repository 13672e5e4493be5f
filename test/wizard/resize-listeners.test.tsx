// A screen full of paragraphs and commands listens to terminal resizes once, not once per
// paragraph (Node warns past ten listeners, and the warning lands on the technician's screen).

import { expect, it } from 'vitest';
import { render } from 'ink';
import { App } from '../../src/wizard/App.js';
import { SessionProvider, startSessionActor } from '../../src/wizard/session-context.js';
import { QuietStdin, SizedStdout } from '../support/sized-render.js';

it('adds at most two resize listeners (Ink and the wizard), however busy the screen', () => {
  const stdout = new SizedStdout(80, 24);
  const actor = startSessionActor({ code: '0xC004F06C' });
  const app = render(
    <SessionProvider actor={actor}>
      <App />
    </SessionProvider>,
    { stdout: stdout as never, stdin: new QuietStdin() as never, debug: true, patchConsole: false, exitOnCtrlC: false },
  );
  expect(stdout.frames.at(-1)).toContain('0xC004F06C');
  expect(stdout.listenerCount('resize')).toBeLessThanOrEqual(2);
  app.unmount();
});
