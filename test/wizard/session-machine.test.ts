// The session actor replaces its whole context on every event: nothing of a screen left behind
// survives a restart (XState's assign merges, so a key the new session lacks would stay).

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { replacing, sessionMachine } from '../../src/wizard/session-machine.js';
import { startSession } from '../../src/wizard/session.js';
import { named } from '../../src/terminal/keys.js';

describe('the session actor', () => {
  it('forgets what the old session held that a fresh one does not have', () => {
    const previous = { ...startSession(), restartArmed: true, keysOpen: true, pending: { lines: ['x'], answer: { event: 'E' }, takes: 't' } };
    const next = replacing(previous, startSession());
    expect(next.restartArmed).toBeUndefined();
    expect(next.keysOpen).toBeUndefined();
    expect(next.pending).toBeUndefined();
  });

  it('after r r, a single r asks again instead of starting over', () => {
    const actor = createActor(sessionMachine, { input: { code: '0xC004F074' } }).start();
    const r = () => actor.send({ type: 'KEY', key: { kind: 'text', text: 'r' } });
    r();
    expect(actor.getSnapshot().context.restartArmed).toBe(true);
    r();
    expect(actor.getSnapshot().context.frames).toHaveLength(1);
    expect(actor.getSnapshot().context.restartArmed).toBeUndefined();
    actor.send({ type: 'KEY', key: named('enter') }); // An error code
    actor.send({ type: 'KEY', key: { kind: 'text', text: '0xC004F074' } });
    actor.send({ type: 'KEY', key: named('enter') });
    const frames = actor.getSnapshot().context.frames.length;
    expect(frames).toBeGreaterThan(1);
    r();
    expect(actor.getSnapshot().context.frames).toHaveLength(frames);
    expect(actor.getSnapshot().context.notice).toContain('Press r again');
    actor.stop();
  });
});
