// The entry of a flow that serves several codes: a known code skips the flow's first question
// and goes straight to the screen that decides its fix; without one, the first question asks.

import type { FlowContext } from './context.js';

/** The first screen to show for each code, by canonical code. */
export type CodeRoutes = Readonly<Record<string, string>>;

/** `always` transitions for the first state: each code of `routes` goes to its screen. */
export function skipByCode(routes: CodeRoutes) {
  return Object.entries(routes).map(([code, target]) => ({
    guard: ({ context }: { context: FlowContext }) => context.code === code,
    target,
  }));
}
