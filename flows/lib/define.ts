// A flow: one XState machine plus the name the breadcrumb shows for it.

import type { AnyStateMachine } from 'xstate';
import type { FlowId } from '../ids.js';

/** One diagnostic flow. Its machine takes FlowInput and carries FlowContext. */
export interface FlowDefinition {
  id: FlowId;
  /** Short name for the breadcrumb ("DNS SRV record"). */
  title: string;
  machine: AnyStateMachine;
  /** Template names the flow computes itself (beyond typed fields), e.g. "neededClients". */
  derived?: readonly string[];
}

/** Identity helper that checks the definition's shape. */
export const defineFlow = (flow: FlowDefinition): FlowDefinition => flow;
