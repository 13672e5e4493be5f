// The wizard's state as one XState actor: its context is the Session, its events are the
// technician's keys. Components read it with useSelector; the root input handler only sends.

import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  back, choose, cycleView, restart, setDraft, startSession, submit, toggleHelp, turnPage,
  type Session, type SessionEntry,
} from './session.js';

/** What the technician can do, as events. */
export type SessionEvent =
  | { type: 'CHOOSE'; index: number }
  | { type: 'SUBMIT' }
  | { type: 'DRAFT'; text: string }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  | { type: 'HELP' }
  | { type: 'VIEW' }
  | { type: 'PAGE'; delta: number; pages: number }
  | { type: 'QUIT' }
  | { type: 'INTERRUPT' };

/** The exit code of a finished session: 0 after q, 130 after Ctrl+C (as shells report SIGINT). */
export function exitCodeOf(snapshot: SnapshotFrom<typeof sessionMachine>): number | undefined {
  if (snapshot.status !== 'done') return undefined;
  return snapshot.value === 'interrupted' ? 130 : 0;
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
  context: ({ input }) => startSession(input),
  initial: 'running',
  states: {
    running: {
      on: {
        CHOOSE: { actions: assign(({ context, event }) => choose(context, event.index)) },
        // Enter submits the session's draft, not the text field's copy: the field's key handler can
        // lag one render behind the last keystroke, the session never does.
        SUBMIT: { actions: assign(({ context }) => submit(context, context.draft)) },
        DRAFT: { actions: assign(({ context, event }) => setDraft(context, event.text)) },
        BACK: { actions: assign(({ context }) => back(context)) },
        RESTART: { actions: assign(({ context }) => restart(context)) },
        HELP: { actions: assign(({ context }) => toggleHelp(context)) },
        VIEW: { actions: assign(({ context }) => cycleView(context)) },
        PAGE: { actions: assign(({ context, event }) => turnPage(context, event.delta, event.pages)) },
        QUIT: 'quit',
        INTERRUPT: 'interrupted',
      },
    },
    quit: { type: 'final' },
    interrupted: { type: 'final' },
  },
});
