// Driving a wizard session without the UI: choose an option by its label (as the technician
// reads it, answers filled in), or start a session at exactly one snapshot of a flow.

import type { AnyMachineSnapshot } from 'xstate';
import { fill } from '../../src/text/fill.js';
import { choose, currentContext, currentStep, startSession, type Session } from '../../src/wizard/session.js';
import type { FLOWS } from '../../flows/registry.js';

/** Chooses the option whose filled-in label starts with `label`; throws if there is none. */
export function pick(s: Session, label: string): Session {
  const step = currentStep(s);
  if (step.kind !== 'question') throw new Error(`not a question: ${JSON.stringify(step).slice(0, 80)}`);
  const index = step.options.findIndex((o) => fill(o.label, currentContext(s).answers).startsWith(label));
  if (index < 0) throw new Error(`no option "${label}" in ${step.options.map((o) => o.label).join(' | ')}`);
  return choose(s, index);
}

/** A session showing exactly `snapshot` of `flow`. */
export function sessionAt(flow: keyof typeof FLOWS, snapshot: AnyMachineSnapshot): Session {
  return { ...startSession(), frames: [{ id: 0, flow, snapshot, codeIntro: false }] };
}
