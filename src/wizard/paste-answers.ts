// Output the technician pastes answers the question it fits, so nobody has to read it by eye:
// the step names its rule (src/readers/answer-rules.ts), the rule reads the paste and gives the
// option or the validated value, and the wizard moves on — saying what it read, and Esc goes
// back. Output that does not fit says what it is and what was expected instead. Collected
// output (kms-doctor collect's JSON, or a file given with --from) is kept and answers every
// later question it covers as it comes, so the wizard asks only what is left.

import { answerFromOutput } from '../readers/answer-rules.js';
import { describe } from '../readers/rules/rule.js';
import { outputsOf, type Reading } from '../readers/reading.js';
import { readOutput } from '../readers/read-output.js';
import { fill } from '../text/fill.js';
import { fieldSpec } from '../input/fields.js';
import type { InputStep, QuestionStep } from '../../flows/step.js';
import {
  answerValues, chooseEvent, currentContext, currentFrame, currentStep, startSession, type Session, type SessionEntry,
} from './session.js';

/** How many screens collected output may answer in a row (a guard; flows are far shorter). */
const MAX_AUTO = 40;

type Answerable = QuestionStep | InputStep;
type Answer = { ok: true; event?: string; values?: Record<string, string | number>; facts: string[] };

/** The session after a rule's answer, and the words that say what was chosen. */
function apply(s: Session, step: Answerable, answer: Answer): { session: Session; said: string } | undefined {
  const values = { ...currentContext(s).answers, code: currentContext(s).code };
  if (answer.event && step.kind === 'question') {
    const option = step.options.find((o) => o.event === answer.event);
    if (!option) return undefined;
    return { session: chooseEvent(s, answer.event), said: `"${fill(option.label, values)}"` };
  }
  if (answer.values && step.kind === 'input') {
    const shown = String(answer.values[step.field] ?? Object.values(answer.values)[0] ?? '');
    return { session: answerValues(s, answer.values, shown), said: shown };
  }
  return undefined;
}

const collected = (reading: Reading): Reading[] => outputsOf(reading).filter((r) => r.kind === 'collect');

/**
 * Answers, one after another, the questions the kept collected output covers, from the screen
 * the session is on; stops at the first it does not.
 */
export function autoAnswer(s: Session): Session {
  const readings = s.readings ?? [];
  if (readings.length === 0) return s;
  let session = s;
  const answered: string[] = [];
  for (let i = 0; i < MAX_AUTO; i++) {
    const step = currentStep(session);
    if ((step.kind !== 'question' && step.kind !== 'input') || !step.reads) break;
    const result = answerFromOutput(step.reads, readings, currentContext(session).answers);
    if (!result.ok) break;
    const before = currentFrame(session).id;
    const moved = apply(session, step, result);
    if (!moved || currentFrame(moved.session).id === before) break;
    answered.push(`${fill(step.title, { ...currentContext(session).answers })} → ${moved.said}`);
    session = moved.session;
  }
  if (answered.length === 0) return s;
  const shown = answered.slice(-3);
  const more = answered.length - shown.length;
  return {
    ...session,
    notice: ['Answered from the collected output (Esc goes back through them):', ...shown.map((a) => `· ${a}`), ...(more > 0 ? [`· and ${more} before those`] : [])].join('\n'),
  };
}

/** What became of a paste: read (answered, or refused with what it is), or text for the field (with a remark). */
export type PasteOutcome = { session: Session } | { asText: true; remark?: string };

/** Reads pasted text at the current step. */
export function readPaste(s: Session, text: string): PasteOutcome {
  const step = currentStep(s);
  if ((step.kind !== 'question' && step.kind !== 'input') || !step.reads) return { asText: true };
  const reading = readOutput(text);
  const recognised = outputsOf(reading).some((r) => r.kind !== 'unknown');
  // A one-line paste into a field that is not output anyone would paste is just typed text.
  if (step.kind === 'input' && !recognised && !/[\r\n]/.test(text.trim())) return { asText: true };
  const keep = collected(reading);
  const withKept: Session = keep.length > 0 ? { ...s, readings: [...(s.readings ?? []), ...keep] } : s;
  const result = answerFromOutput(step.reads, reading, currentContext(s).answers);
  if (!result.ok) {
    // A field made to read pasted output keeps it, so the technician may still use it (Enter).
    if (step.kind === 'input' && text.length <= fieldSpec(step.field).maxLength) return { asText: true, remark: result.message };
    return { session: { ...withKept, notice: result.message } };
  }
  const moved = apply(withKept, step, result);
  if (!moved) return { session: { ...withKept, notice: `That is ${outputsOf(reading).map(describe).join(' and ')}; it does not answer this question.` } };
  const notice = [`Read from what you pasted (${outputsOf(reading).map(describe).join(', ')}):`, ...result.facts.map((f) => `· ${f}`), `So: ${moved.said} (Esc goes back to change it).`];
  const after = autoAnswer(moved.session);
  return { session: { ...after, notice: after === moved.session ? notice.join('\n') : `${notice.join('\n')}\n${after.notice}` } };
}

/** A new session from what the wizard was started with: a code, or output to read first (--from). */
export function startWith(entry: SessionEntry): Session {
  if (entry.output === undefined) return autoAnswer(startSession(entry));
  const reading = readOutput(entry.output);
  const readings = outputsOf(reading).filter((r) => r.kind !== 'unknown');
  const code = entry.code ?? reading.code ?? outputsOf(reading).find((r) => r.code)?.code;
  const base = { ...startSession({ size: entry.size, ...(entry.readLocal ? { readLocal: entry.readLocal } : {}) }), readings };
  if (!code) return autoAnswer(base);
  const started = startSession({ ...entry, code });
  return autoAnswer({ ...started, readings });
}
