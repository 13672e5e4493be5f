// Which of the wizard's questions an output answers: every step of every flow that names an
// answer rule (`reads`), run on the reading. Answers read at one step of a flow feed the next
// step's rule (the record's host, then that record's port), as they would in the wizard.

import type { Answers } from '../../flows/lib/context.js';
import type { InputStep, QuestionStep } from '../../flows/step.js';
import { FLOWS } from '../../flows/registry.js';
import { answerFromOutput } from '../readers/answer-rules.js';
import type { Reading } from '../readers/reading.js';

/** A step that reads pasted output: "flow.state", its rule and the step itself. */
export interface ReadingStep {
  id: string;
  rule: string;
  step: QuestionStep | InputStep;
}

let cached: ReadingStep[] | undefined;

/** Every step of every flow that names a rule, in the order the flows define them. */
export function readingSteps(): ReadingStep[] {
  if (cached) return cached;
  const found: ReadingStep[] = [];
  for (const [flowId, flow] of Object.entries(FLOWS)) {
    const walk = (node: { states: Record<string, unknown>; path: string[]; meta?: unknown }) => {
      const meta = node.meta as QuestionStep | InputStep | undefined;
      if (meta && (meta.kind === 'question' || meta.kind === 'input') && meta.reads) {
        found.push({ id: `${flowId}.${node.path.join('.')}`, rule: meta.reads, step: meta });
      }
      Object.values(node.states).forEach((child) => walk(child as typeof node));
    };
    walk(flow.machine.root as never);
  }
  cached = found;
  return found;
}

/** The "flow.state" ids whose rules answer from this reading. */
export function questionsAnswered(reading: Reading | readonly Reading[]): string[] {
  const answersByFlow = new Map<string, Answers>();
  const answered: string[] = [];
  for (const { id, rule } of readingSteps()) {
    const flow = id.slice(0, id.indexOf('.'));
    const answers = answersByFlow.get(flow) ?? {};
    const result = answerFromOutput(rule, reading, answers);
    if (!result.ok) continue;
    answered.push(id);
    if (result.values) answersByFlow.set(flow, { ...answers, ...result.values });
  }
  return answered;
}
