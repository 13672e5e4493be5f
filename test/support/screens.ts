// Every screen the wizard can show: each reachable state of each flow (for each code that
// flow serves), as a session sitting on that screen, for tests that look at all of them.

import type { AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { getCatalog } from '../../src/catalog/catalog.js';
import { startSession, stepOf, type CommandView, type Session, type WindowSize } from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowId } from '../../flows/ids.js';
import type { FlowContext, FlowInput } from '../../flows/lib/context.js';
import { screenEvents } from './flow-graph.js';

/** One screen: its name (flow, state, code) and the flow snapshot behind it. */
export interface ScreenAt {
  name: string;
  flow: FlowId;
  snapshot: AnyMachineSnapshot;
  codeIntro: boolean;
}

let cache: ScreenAt[] | undefined;

/** Every reachable screen of every flow (hand-offs excluded: they are not screens). */
export function allScreens(): ScreenAt[] {
  if (cache) return cache;
  const out: ScreenAt[] = [];
  for (const flow of Object.keys(FLOWS) as FlowId[]) {
    const codes = getCatalog().errors.filter((e) => e.flow === flow).map((e) => e.code);
    const starts: FlowInput[] = [{}, ...codes.map((code) => ({ code }))];
    const seen = new Map<string, ScreenAt>();
    for (const input of starts) {
      const paths = getShortestPaths(FLOWS[flow].machine, {
        input,
        events: screenEvents,
        serializeState: (s) => JSON.stringify([s.value, (s.context as FlowContext).code]),
        stopWhen: (s) => s.status === 'done',
      });
      for (const [i, p] of paths.entries()) {
        if (stepOf(p.state).kind === 'handoff') continue;
        const name = `${flow} ${JSON.stringify(p.state.value)} ${input.code ?? ''}`;
        // The first screen of a code flow shows the code card above it.
        seen.set(name, { name, flow, snapshot: p.state, codeIntro: i === 0 && input.code !== undefined });
      }
    }
    out.push(...seen.values());
  }
  cache = out;
  return out;
}

/** A session showing `screen` in a window of `size`. */
export function sessionAt(screen: ScreenAt, size: WindowSize, extra: Partial<Session> = {}, view: CommandView = 'cmd'): Session {
  const base = startSession({ size }, view);
  return { ...base, frames: [{ id: 0, flow: screen.flow, snapshot: screen.snapshot, codeIntro: screen.codeIntro }], ...extra };
}
