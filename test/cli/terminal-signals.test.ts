// The built bin in a real terminal: TERM=dumb gets the no-terminal message (a dumb terminal
// cannot redraw a frame), and SIGUSR1 does not start Node's debugger over the screen.

import { describe, expect, it } from 'vitest';
import { runInTerminal } from '../support/bin.js';
import { NO_PTY } from '../support/pty.js';

describe.skipIf(NO_PTY)('in a real terminal', () => {
  it('TERM=dumb: no wizard, the message, exit 2', async () => {
    const t = runInTerminal(['0xC004F074'], 80, 24, { TERM: 'dumb' });
    expect(await t.exited).toBe(2);
    expect(t.text()).toContain('TERM=dumb');
    expect(t.text()).toContain('kms-doctor explain');
    expect(t.raw()).not.toContain('❯');
  });

  it('SIGUSR1 prints no debugger banner and the wizard carries on', async () => {
    const t = runInTerminal([]);
    await t.ready('What do you have to go on?');
    process.kill(t.pid, 'SIGUSR1');
    await new Promise((r) => setTimeout(r, 500));
    t.write('\r');
    await t.waitFor('Type or paste the error code');
    expect(t.text()).not.toContain('Debugger listening');
    t.write('\u0003');
    expect(await t.exited).toBe(130);
  });
});
