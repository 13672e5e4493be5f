// Small typed helpers so a flow's states read like the procedure they describe:
// `meta: question({...})`, `meta: resolution({...})`. They only fill defaults.

import { assign } from 'xstate';
import type { FlowId } from '../ids.js';
import type {
  CatalogResolutionStep, HandoffStep, InputStep, Option, QuestionStep, ResolutionStep,
} from '../step.js';
import type { Answers, FlowContext, FlowEvent } from './context.js';

/** A multiple-choice step. */
export const question = (step: Omit<QuestionStep, 'kind'>): QuestionStep => ({ kind: 'question', ...step });

/** A typed-answer step; the wizard validates the answer against `field` first. */
export const input = (step: Omit<InputStep, 'kind'>): InputStep => ({ kind: 'input', ...step });

/** An end of a path with our own text and commands. */
export const resolution = (step: Omit<ResolutionStep, 'kind'>): ResolutionStep => ({ kind: 'resolution', ...step });

/** An end of a path that shows the catalog entry of the code in context. */
export const catalogResolution = (): CatalogResolutionStep => ({ kind: 'catalog-resolution' });

/** Continue in another flow (or in the flow the catalog names for the code in context). */
export const handoff = (to: FlowId | 'code', at?: string): HandoffStep =>
  at === undefined ? { kind: 'handoff', to } : { kind: 'handoff', to, at };

/**
 * The choice every question that asks the technician to read something offers to someone who
 * has not checked, or cannot: it leads on to the checks in their usual order.
 */
export const NOT_CHECKED_LABEL = "I haven't checked / I can't tell";

/** The next step of an end whose last command may print an error code: look that code up. */
export const LOOK_UP_CODE: Option = { label: 'It printed an error code: look that code up', event: 'LOOK_UP_CODE' };

/** Where LOOK_UP_CODE leads: the start screen's code question, the answers carried over. */
export const lookUpCodeState = () => ({ type: 'final' as const, meta: handoff('triage', 'askCode') });

/** The action that stores a validated answer (and anything it implies) in context. */
export const saveAnswer = assign<FlowContext, FlowEvent, undefined, FlowEvent, never>({
  answers: ({ context, event }) => ({ ...context.answers, ...event.values }),
});

/** An action that stores values computed from the context (derived facts for templates). */
export function derive(compute: (context: FlowContext, event: FlowEvent) => Answers) {
  return assign<FlowContext, FlowEvent, undefined, FlowEvent, never>({
    answers: ({ context, event }) => ({ ...context.answers, ...compute(context, event) }),
  });
}

/** An action that updates the context (code and/or answers) from the context and event. */
export function update(compute: (context: FlowContext, event: FlowEvent) => Partial<FlowContext>) {
  return assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(({ context, event }) => compute(context, event));
}

/** Sets the code being diagnosed (for answers that amount to a known code). */
export const withCode = (code: string) => update((context) => ({ code, answers: { ...context.answers, code } }));
