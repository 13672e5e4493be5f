// Which of the wizard's questions an output answers: every step of every flow that names an
// answer rule (`reads`), run on the reading; and which it only points to (output of another
// machine than the question asks about). Answers read at one step of a flow feed the next
// step's rule (the record's host, then that record's port), as they would in the wizard.

import type { Answers } from '../../flows/lib/context.js';
import type { InputStep, QuestionStep } from '../../flows/step.js';
import { FLOWS } from '../../flows/registry.js';
import { answerFromOutput } from '../readers/answer-rules.js';
import type { Machine, Reading } from '../readers/reading.js';

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

/**
 * A question the reading points to without answering it: its output comes from another machine
 * than the question asks about (or another product). Only the technician takes it.
 */
export interface QuestionLead {
  question: string;
  from?: Machine;
  asked?: Machine;
  /** The option it points to, or the text for the question's field. */
  event?: string;
  value?: string;
  /** A code it shows, to look up. */
  code?: string;
}

/** What a reading does for the wizard's questions: those it answers, and those it only points to. */
export function questionsRead(reading: Reading | readonly Reading[]): { answered: string[]; led: QuestionLead[] } {
  const answersByFlow = new Map<string, Answers>();
  const answered: string[] = [];
  const led: QuestionLead[] = [];
  for (const { id, rule } of readingSteps()) {
    const flow = id.slice(0, id.indexOf('.'));
    const answers = answersByFlow.get(flow) ?? {};
    const result = answerFromOutput(rule, reading, answers);
    if (!result.ok) {
      const lead = result.lead;
      if (lead && (lead.event || lead.value || lead.code)) {
        const { facts: _shown, ...where } = lead;
        led.push({ question: id, ...where });
      }
      continue;
    }
    answered.push(id);
    if (result.values) answersByFlow.set(flow, { ...answers, ...result.values });
  }
  return { answered, led };
}

/** The "flow.state" ids whose rules answer from this reading (never those it only points to). */
export const questionsAnswered = (reading: Reading | readonly Reading[]): string[] => questionsRead(reading).answered;
