// A flow: one XState machine plus the name the breadcrumb shows for it.

import type { AnyStateMachine } from 'xstate';
import type { FlowId } from '../ids.js';

/** One diagnostic flow. Its machine takes FlowInput and carries FlowContext. */
export interface FlowDefinition {
  id: FlowId;
  /** Short name for the breadcrumb ("DNS SRV record"). */
  title: string;
  /** The machine, created the first time it is read (see defineFlow). */
  readonly machine: AnyStateMachine;
  /** Template names the flow computes itself (beyond typed fields), e.g. "neededClients". */
  derived?: readonly string[];
}

/** What a flow file writes: its machine as a function that creates it. */
export interface FlowSource extends Omit<FlowDefinition, 'machine'> {
  machine: () => AnyStateMachine;
}

/**
 * Makes a flow whose machine is created on first use. Creating all 18 machines when the
 * wizard starts cost about 17 ms and 4 MiB, and a session touches only a few of them.
 */
export function defineFlow({ machine: create, ...flow }: FlowSource): FlowDefinition {
  let machine: AnyStateMachine | undefined;
  return {
    ...flow,
    get machine() {
      machine ??= create();
      return machine;
    },
  };
}
