// The session actor, shared with every component through React context. The runner (or a
// test) creates and starts the actor; components read it with useSession and send to it.

import { createContext, useContext, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { sessionMachine } from './session-machine.js';
import type { SessionEntry } from './session.js';

/** The running session actor. */
export type SessionActorRef = ActorRefFrom<typeof sessionMachine>;

const SessionContext = createContext<SessionActorRef | undefined>(undefined);

/** Creates and starts a session actor for a wizard run. */
export function startSessionActor(entry: SessionEntry): SessionActorRef {
  return createActor(sessionMachine, { input: entry }).start();
}

/** Makes `actor` the session of everything inside. */
export function SessionProvider({ actor, children }: { actor: SessionActorRef; children: ReactNode }) {
  return <SessionContext.Provider value={actor}>{children}</SessionContext.Provider>;
}

/** The session actor (for sending events). */
export function useSessionActor(): SessionActorRef {
  const actor = useContext(SessionContext);
  if (!actor) throw new Error('useSessionActor outside SessionProvider');
  return actor;
}

/** A slice of the session's snapshot; re-renders only when that slice changes. */
export function useSession<T>(selector: (snapshot: SnapshotFrom<typeof sessionMachine>) => T): T {
  return useSelector(useSessionActor(), selector);
}
