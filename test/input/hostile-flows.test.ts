// The accepted hostile values, answered at every typed-answer step of every flow: the flow may
// compute more values from them (derived answers), so the step that follows is rendered with
// every answer the flow then holds, and nothing typed may reach it as a control or invisible
// character, nor outside its field's allowed characters in a command.

import type { AnyMachineSnapshot } from 'xstate';
import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { FlowContext } from '../../flows/lib/context.js';
import { FLOWS } from '../../flows/registry.js';
import type { InputStep } from '../../flows/step.js';
import { PROSE_CHAR, onlyAllowed } from '../../src/input/allowed.js';
import { FIELDS } from '../../src/input/fields.js';
import { fill } from '../../src/text/fill.js';
import { stepOf } from '../../src/wizard/session.js';
import { screenEvents } from '../support/flow-graph.js';
import { hasControl, hasInvisible, hostileValues } from '../support/hostile.js';

/** Every distinct state of a flow that asks for typed text, reached by the graph walk with samples. */
function inputStates(flowId: string): AnyMachineSnapshot[] {
  const flow = FLOWS[flowId as keyof typeof FLOWS];
  const paths = getShortestPaths(flow.machine, {
    input: {},
    events: screenEvents,
    serializeState: (s: AnyMachineSnapshot) => JSON.stringify(s.value),
    stopWhen: (s: AnyMachineSnapshot) => s.status === 'done',
  });
  return paths.map((p) => p.state).filter((s) => s.status !== 'done' && stepOf(s).kind === 'input');
}

/** Every string of a step, for rendering. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

/** Each field's hostile text, one value per distinct payload. */
const hostileFor = (field: string) => [...new Set(FIELDS[field]!.samples.flatMap((s) => hostileValues(s).map((p) => p.value)))];

describe.each(Object.keys(FLOWS))('flow %s', (flowId) => {
  it('renders the step after each accepted hostile answer with nothing unsafe in it', () => {
    let answered = 0;
    const states = inputStates(flowId);
    for (const state of states) {
      const field = (stepOf(state) as InputStep).field;
      const spec = FIELDS[field]!;
      const before = (state.context as FlowContext).answers;
      for (const raw of hostileFor(field)) {
        const v = spec.validate(raw, before);
        if (!v.ok) continue;
        const [next] = transition(FLOWS[flowId as keyof typeof FLOWS].machine, state, { type: 'ANSWER', values: v.value });
        const answers = (next.context as FlowContext).answers;
        answered += 1;
        for (const [name, value] of Object.entries(answers)) {
          const allowed = name in v.value ? spec.allowed[name]! : PROSE_CHAR;
          expect(onlyAllowed(String(value), allowed), `${field} ${JSON.stringify(raw)}: ${name} = ${JSON.stringify(value)}`).toBe(true);
        }
        for (const text of stringsOf(stepOf(next))) {
          const filled = fill(text, answers);
          expect(hasControl(filled) || hasInvisible(filled), `${field} ${JSON.stringify(raw)}: ${filled}`).toBe(false);
        }
      }
    }
    // A flow with typed answers was answered with hostile text that its fields accept.
    if (states.length > 0) expect(answered).toBeGreaterThan(0);
  });
});
