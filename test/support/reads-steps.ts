// A walker that answers a path from pasted output wherever a step's rule can, so tests can
// count what is left for the technician. (The steps that name a rule: parse-questions.ts.)

import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { findError } from '../../src/catalog/catalog.js';
import { fieldSpec } from '../../src/input/fields.js';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import type { Reading } from '../../src/readers/reading.js';
import { stepOf } from '../../src/wizard/session.js';
export { readingSteps, type ReadingStep } from '../../src/commands/parse-questions.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowId } from '../../flows/ids.js';
import type { FlowContext, FlowEvent, FlowInput } from '../../flows/lib/context.js';

/** What happened at one screen of an automatic walk. */
export interface WalkStep {
  id: string;
  by: 'paste' | 'technician';
}

function start(flow: FlowId, input: FlowInput, at?: string): AnyMachineSnapshot {
  const { machine } = FLOWS[flow];
  const [snapshot] = initialTransition(machine, input);
  return at === undefined ? snapshot : machine.resolveState({ value: at, context: snapshot.context });
}

/**
 * Walks from a flow's start: where a step's rule answers from `readings` the paste answers;
 * elsewhere `technician[id]` is chosen (an option event, or the text typed at an input). Ends at a resolution, or at a step
 * neither can answer (its id is then the last step, by 'technician', and `stopped` is true).
 */
export function autoWalk(flow: FlowId, input: FlowInput, readings: Reading[], technician: Record<string, string> = {}) {
  const steps: WalkStep[] = [];
  let current = flow;
  let snapshot = start(flow, input);
  for (let guard = 0; guard < 60; guard++) {
    const step = stepOf(snapshot);
    const context = snapshot.context as FlowContext;
    if (step.kind === 'handoff') {
      current = step.to === 'code' ? (findError(context.code!)!.flow as FlowId) : step.to;
      snapshot = start(current, { code: context.code, answers: context.answers }, step.at);
      continue;
    }
    const id = `${current}.${typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value)}`;
    if (step.kind !== 'question' && step.kind !== 'input') return { steps, end: id, stopped: false };
    const result = step.reads ? answerFromOutput(step.reads, readings, context.answers) : undefined;
    let event: FlowEvent | undefined;
    if (result?.ok) event = result.event ? { type: result.event } : { type: 'ANSWER', values: result.values! };
    else if (technician[id] && step.kind === 'question') event = { type: technician[id]! };
    else if (technician[id] && step.kind === 'input') {
      const typed = fieldSpec(step.field).validate(technician[id]!, context.answers);
      if (typed.ok) event = { type: 'ANSWER', values: typed.value };
    }
    steps.push({ id, by: result?.ok ? 'paste' : 'technician' });
    if (!event) return { steps, end: id, stopped: true };
    [snapshot] = transition(FLOWS[current].machine, snapshot, event);
  }
  throw new Error('autoWalk: too many steps');
}
