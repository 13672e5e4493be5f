// Whether the real-terminal tests can run here, as test/setup/pty-probe.ts found: wrap their
// describe blocks in describe.skipIf(NO_PTY).

import { inject } from 'vitest';

/** Why pseudo-terminals carry no output on this system ('' when they do). */
export const NO_PTY_REASON: string = inject('noPty') ?? '';

/** True when the real-terminal tests must skip (the setup printed why). */
export const NO_PTY = NO_PTY_REASON !== '';
