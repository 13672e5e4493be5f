// The choices a question screen offers: the flow's options, then what the wizard adds to any
// question — "Check it from this computer" where a live check can answer it, and "How do I find
// out?" where it has help. One list, so the screen, the keys and the tests agree on the order.

import type { QuestionStep } from '../../flows/step.js';
import { fill, type TemplateValues } from '../text/fill.js';

/** One choice on a question screen. */
export type Choice =
  | { kind: 'option'; index: number; label: string }
  | { kind: 'probe'; label: string }
  /** "Read this computer (read-only)" (read-local/offer.ts). */
  | { kind: 'read-local'; label: string }
  | { kind: 'help'; label: string };

/** The label of the live-check choice. */
export const PROBE_LABEL = 'Check it from this computer';

/** The choices of `step`, in screen order. */
export function choicesOf(step: QuestionStep, values: TemplateValues, helpOpen: boolean, local?: { label: string }): Choice[] {
  const choices: Choice[] = step.options.map((o, index) => ({ kind: 'option', index, label: fill(o.label, values) }));
  if (step.probe) choices.push({ kind: 'probe', label: PROBE_LABEL });
  if (local) choices.push({ kind: 'read-local', label: local.label });
  if (step.help) choices.push({ kind: 'help', label: helpOpen ? 'Hide the help' : 'How do I find out?' });
  return choices;
}
