// The one XState setup every flow machine starts from, so all flows share context, event
// and meta types and the answer-saving action.

import { setup } from 'xstate';
import type { Step } from '../step.js';
import type { FlowContext, FlowEvent, FlowInput } from './context.js';
import { saveAnswer } from './builders.js';

/** Types every flow machine declares. */
export const flowTypes = {
  context: {} as FlowContext,
  events: {} as FlowEvent,
  input: {} as FlowInput,
  meta: {} as Step,
};

/** setup() with the shared types and actions; flows add their own guards. */
export const flowSetup = setup({ types: flowTypes, actions: { saveAnswer } });
