// The wizard's state as one XState actor: its context is the Session, its events are the
// technician's keys and the window's size. Components read it with useSelector; the input
// reader only sends keys, in the order they arrived.

import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Key } from '../terminal/keys.js';
import { applyKey, effectDone, resize } from './keymap.js';
import { startSession, type PendingAnswer, type Session, type SessionEntry, type WindowSize } from './session.js';
import type { LocalRunResult } from './read-local/apply.js';
import { loadedReaders } from './readers-slot.js';

/** What reaches the session: a key, or a new window size. */
export type SessionEvent =
  | { type: 'KEY'; key: Key }
  | { type: 'RESIZE'; size: WindowSize }
  /** The runner did the session's effect (copy, save, a live check) and says how it went. */
  | { type: 'EFFECT_DONE'; id: number; notice: string; proposal?: PendingAnswer; localRun?: LocalRunResult };

/** The exit code of a finished session: 0 after q, 130 after Ctrl+C (as shells report SIGINT). */
export function exitCodeOf(snapshot: SnapshotFrom<typeof sessionMachine>): number | undefined {
  if (snapshot.status !== 'done') return undefined;
  return snapshot.value === 'interrupted' ? 130 : 0;
}

/**
 * The next session as an assignment that replaces the whole context. XState's `assign` merges
 * what it is given into the old context, so a key the next session does not have (a fresh
 * session after `r r` has no `pending`, `readings` or `restartArmed`) would keep its old value.
 */
export function replacing(previous: Session, next: Session): Session {
  const cleared: Record<string, undefined> = {};
  for (const key of Object.keys(previous)) if (!(key in next)) cleared[key] = undefined;
  return { ...cleared, ...next } as Session;
}

/** The wizard session machine. */
export const sessionMachine = setup({
  types: {
    context: {} as Session,
    events: {} as SessionEvent,
    input: {} as SessionEntry,
  },
}).createMachine({
  id: 'session',
  // Output to start from (--from) needs the readers, which the runner loads first.
  context: ({ input }) => loadedReaders()?.startWith(input) ?? startSession(input),
  initial: 'running',
  states: {
    running: {
      always: [
        { guard: ({ context }) => context.exit === 'interrupt', target: 'interrupted' },
        { guard: ({ context }) => context.exit === 'quit', target: 'quit' },
      ],
      on: {
        KEY: { actions: assign(({ context, event }) => replacing(context, applyKey(context, event.key))) },
        RESIZE: { actions: assign(({ context, event }) => replacing(context, resize(context, event.size))) },
        EFFECT_DONE: { actions: assign(({ context, event }) => replacing(context, effectDone(context, event.id, event.notice, event.proposal, event.localRun))) },
      },
    },
    quit: { type: 'final' },
    interrupted: { type: 'final' },
  },
});
