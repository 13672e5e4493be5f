// Model-based checks for any flow machine, with xstate/graph. The events at each state are
// exactly what its screen can send: one per option of a question, for an input one ANSWER
// per sample value of its field (validated as the wizard would), and for a resolution that
// offers its next step, that step's event.

import { getShortestPaths } from 'xstate/graph';
import { transition, type AnyMachineSnapshot } from 'xstate';
import { fieldSpec } from '../../src/input/fields.js';
import { findError } from '../../src/catalog/catalog.js';
import { stepOf } from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowDefinition } from '../../flows/lib/define.js';
import type { FlowContext, FlowEvent, FlowInput } from '../../flows/lib/context.js';

/** The events the screen of this snapshot can send. */
export function screenEvents(snapshot: AnyMachineSnapshot): FlowEvent[] {
  if (snapshot.status === 'done') return [];
  const step = stepOf(snapshot);
  if (step.kind === 'question') return step.options.map((o) => ({ type: o.event }));
  if (step.kind === 'resolution') return step.next ? [{ type: step.next.event }] : [];
  if (step.kind === 'input') {
    const spec = fieldSpec(step.field);
    const answers = (snapshot.context as FlowContext).answers;
    return spec.samples.map((sample) => {
      const v = spec.validate(sample, answers);
      if (!v.ok) throw new Error(`sample "${sample}" of field ${step.field} is refused: ${v.message}`);
      return { type: 'ANSWER', values: v.value };
    });
  }
  return [];
}

const options = (input: FlowInput) => ({
  input,
  events: screenEvents,
  serializeState: (s: AnyMachineSnapshot) => JSON.stringify([s.value, (s.context as FlowContext).code]),
  stopWhen: (s: AnyMachineSnapshot) => s.status === 'done',
});

/** Every leaf state id of a machine, dotted ("askDomain", "publish.check"). */
export function leafStates(flow: FlowDefinition): string[] {
  const out: string[] = [];
  const walk = (node: { states: Record<string, unknown>; path: string[] }) => {
    const children = Object.values(node.states) as { states: Record<string, unknown>; path: string[] }[];
    if (children.length === 0) out.push(node.path.join('.'));
    children.forEach(walk);
  };
  walk(flow.machine.root as never);
  return out;
}

const valueId = (value: unknown): string =>
  typeof value === 'string' ? value : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}.${valueId(v)}`).join('');

/**
 * Problems found in a flow started with each of `inputs` (a flow that branches on the code
 * is walked once per code it serves); an empty list means it is sound. A state counts as
 * reachable when some input reaches it; dead ends and dead choices count for every input.
 */
export function flowProblems(flow: FlowDefinition, starts: FlowInput | FlowInput[] = [{}]): string[] {
  const inputs = Array.isArray(starts) ? starts : [starts];
  const problems = new Set<string>();
  const reached = new Set<string>();
  for (const input of inputs) {
    const paths = getShortestPaths(flow.machine, options(input));
    paths.forEach((p) => reached.add(valueId(p.state.value)));
    const label = input.code ? ` (started with ${input.code})` : '';
    for (const problem of pathProblems(flow, input, paths)) problems.add(problem + label);
  }
  for (const leaf of leafStates(flow)) if (!reached.has(leaf)) problems.add(`${leaf} is unreachable`);
  return [...problems];
}

function pathProblems(flow: FlowDefinition, input: FlowInput, paths: ReturnType<typeof getShortestPaths>): string[] {
  const problems: string[] = [];
  for (const { state } of paths) {
    const id = valueId(state.value);
    const step = stepOf(state);
    if (state.status === 'done') {
      if (step.kind === 'question' || step.kind === 'input') problems.push(`${id} is final but asks a question`);
      if (step.kind === 'resolution' && step.next) problems.push(`${id} offers a next step but is final, so it cannot take it`);
      if (step.kind === 'handoff') {
        const code = (state.context as FlowContext).code;
        if (step.to === 'code') {
          if (!code || !findError(code)) problems.push(`${id} hands off to a code flow without a known code (${code})`);
        } else if (!FLOWS[step.to]) problems.push(`${id} hands off to missing flow ${step.to}`);
        else if (step.at && !FLOWS[step.to].machine.root.states[step.at]) problems.push(`${id} hands off to missing state ${step.to}.${step.at}`);
      }
      continue;
    }
    const offersNext = step.kind === 'resolution' && step.next !== undefined;
    if (step.kind !== 'question' && step.kind !== 'input' && !offersNext) problems.push(`${id} is not final but shows a ${step.kind}`);
    const onward = getShortestPaths(flow.machine, { ...options(input), fromState: state, toState: (s) => s.status === 'done' });
    if (onward.length === 0) problems.push(`${id} is a dead end: no path from it finishes`);
    for (const event of screenEvents(state)) {
      const [next] = transition(flow.machine, state, event);
      if (JSON.stringify(next.value) === JSON.stringify(state.value)) problems.push(`${id}: ${event.type} leads nowhere`);
    }
  }
  return problems;
}

/** The complete journeys through a flow (each ends in a final state). */
export function finishedPaths(flow: FlowDefinition, input: FlowInput = {}) {
  return getShortestPaths(flow.machine, options(input)).filter((p) => p.state.status === 'done');
}
