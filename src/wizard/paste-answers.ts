// Output the technician pastes answers the question it fits, so nobody has to read it by eye:
// the step names its rule (src/readers/answer-rules.ts), the rule reads the paste and gives the
// option or the validated value, and the wizard moves on — saying what it read, and Esc goes
// back. Output that does not fit says what it is and what was expected instead. Output from
// another machine than the question asks about is never taken by itself: the wizard says what
// it shows and where it points, and that answer waits for Enter (pending.ts). What a paste
// showed is kept (as collect's JSON and --from FILE are): it answers every later question it
// covers as it comes, and a code it shows is offered rather than ignored.

import { findError } from '../catalog/catalog.js';
import { answerFromOutput } from '../readers/answer-rules.js';
import { ownCodes } from '../readers/rules/code-rules.js';
import { describe, type Lead } from '../readers/rules/rule.js';
import { outputsOf, type Reading } from '../readers/reading.js';
import { readOutput } from '../readers/read-output.js';
import { fill } from '../text/fill.js';
import { fieldSpec } from '../input/fields.js';
import type { InputStep, QuestionStep } from '../../flows/step.js';
import { answerWords, propose, quotedLabel } from './pending.js';
import {
  answerValues, chooseEvent, currentContext, currentFrame, currentStep, startSession, type FoundAnswer, type Session, type SessionEntry,
} from './session.js';

/** How many screens kept output may answer in a row (a guard; flows are far shorter). */
const MAX_AUTO = 40;

type Answerable = QuestionStep | InputStep;
type Answer = { ok: true; event?: string; values?: Record<string, string | number>; facts: string[] };

const templateValues = (s: Session) => ({ ...currentContext(s).answers, code: currentContext(s).code });

/** The session after a rule's answer, and the words that say what was chosen. */
function apply(s: Session, step: Answerable, answer: Answer): { session: Session; said: string } | undefined {
  if (answer.event && step.kind === 'question') {
    const option = step.options.find((o) => o.event === answer.event);
    if (!option) return undefined;
    return { session: chooseEvent(s, answer.event), said: quotedLabel(fill(option.label, templateValues(s))) };
  }
  if (answer.values && step.kind === 'input') {
    const shown = String(answer.values[step.field] ?? Object.values(answer.values)[0] ?? '');
    return { session: answerValues(s, answer.values, shown), said: shown };
  }
  return undefined;
}

/** The outputs of a paste worth keeping for later questions: every one that was recognised. */
const keepable = (reading: Reading): Reading[] => outputsOf(reading).filter((r) => r.kind !== 'unknown');

const MACHINE_WORDS = { client: 'the client', host: 'the KMS host' } as const;

/**
 * Output from another machine (or product) that points to an answer: shown with what it read,
 * the answer waiting for Enter; undefined when it points to no option or value of this screen.
 */
function proposeLead(s: Session, message: string, lead: Lead, extra: readonly (string | undefined)[] = []): Session | undefined {
  const answer: FoundAnswer = { ...(lead.event ? { event: lead.event } : {}), ...(lead.value !== undefined ? { value: lead.value } : {}) };
  if (!answer.event && answer.value === undefined) return undefined;
  const words = answerWords(s, answer);
  if (!words) return undefined;
  const from = lead.from ? `, from ${MACHINE_WORDS[lead.from]}` : '';
  const lines = [message, ...lead.facts.map((f) => `· ${f}`), `It points to ${words}${from}. Take it only if it is right for the machine this question is about.`, ...extra.filter((l): l is string => Boolean(l))];
  return propose(s, lines, answer, `take it${lead.asked ? ` as ${MACHINE_WORDS[lead.asked]}'s answer` : ' as the answer'}`);
}

/** The code a paste shows that the session is not already on, if any. */
function offeredCode(s: Session, readings: readonly Reading[]): string | undefined {
  const code = ownCodes(readings)[0];
  return code && currentContext(s).code !== code ? code : undefined;
}

/** "This output shows 0xC004F00F (…): go there?" — as words, beside another answer found. */
export function codeOffer(s: Session, readings: readonly Reading[]): string | undefined {
  const code = offeredCode(s, readings);
  if (!code) return undefined;
  const entry = findError(code);
  return `This output shows ${code}${entry ? ` (${entry.title})` : ''}: go there?`;
}

/** The session offering to go to the code a paste shows: Enter goes there, Esc stays (unless something else already waits). */
function offerCode(s: Session, readings: readonly Reading[], before: readonly (string | undefined)[] = []): Session {
  const code = offeredCode(s, readings);
  if (!code || s.pending) return s;
  const lines = [...before.filter((l): l is string => Boolean(l)), codeOffer(s, readings)!];
  return propose(s, lines, { code }, `go to ${code}`);
}

/**
 * Answers, one after another, the questions the kept output covers, from the screen the
 * session is on; stops at the first it does not.
 */
export function autoAnswer(s: Session): Session {
  const readings = s.readings ?? [];
  if (readings.length === 0) return s;
  let session = s;
  const answered: string[] = [];
  let stoppedAt: Session | undefined;
  for (let i = 0; i < MAX_AUTO; i++) {
    const step = currentStep(session);
    if ((step.kind !== 'question' && step.kind !== 'input') || !step.reads) break;
    const result = answerFromOutput(step.reads, readings, currentContext(session).answers);
    if (!result.ok) {
      // Kept output from another machine may point to this screen's answer: it waits for Enter.
      if (result.lead) stoppedAt = proposeLead(session, result.message, result.lead);
      break;
    }
    const before = currentFrame(session).id;
    const moved = apply(session, step, result);
    if (!moved || currentFrame(moved.session).id === before) break;
    answered.push(`${fill(step.title, { ...currentContext(session).answers })} → ${moved.said}`);
    session = moved.session;
  }
  if (answered.length === 0) return stoppedAt ?? s;
  const shown = answered.slice(-3);
  const more = answered.length - shown.length;
  return {
    ...(stoppedAt ?? session),
    notice: [`Answered from ${readings.every((r) => r.kind === 'collect') ? 'the collected output' : 'the output you gave earlier'} (Esc goes back through them):`, ...shown.map((a) => `· ${a}`), ...(more > 0 ? [`· and ${more} before those`] : [])].join('\n'),
  };
}

/** What became of a paste: read (answered, or refused with what it is), or text for the field (with a remark). */
export type PasteOutcome = { session: Session } | { asText: true; remark?: string };

const joined = (lines: readonly (string | undefined)[]) => lines.filter((l): l is string => Boolean(l)).join('\n');

/** Reads pasted text at the current step. */
export function readPaste(s: Session, text: string): PasteOutcome {
  const step = currentStep(s);
  if ((step.kind !== 'question' && step.kind !== 'input') || !step.reads) return { asText: true };
  const reading = readOutput(text);
  const outputs = outputsOf(reading);
  const recognised = outputs.some((r) => r.kind !== 'unknown');
  // A one-line paste into a field that is not output anyone would paste is just typed text.
  if (step.kind === 'input' && !recognised && !/[\r\n]/.test(text.trim())) return { asText: true };
  const keep = keepable(reading);
  // The newest paste first: it shows the machine as it is now.
  const withKept: Session = keep.length > 0 ? { ...s, readings: [...keep, ...(s.readings ?? [])] } : s;
  const result = answerFromOutput(step.reads, reading, currentContext(s).answers);
  if (!result.ok) {
    // A field made to read pasted output keeps it, so the technician may still use it (Enter).
    if (step.kind === 'input' && !result.lead && text.length <= fieldSpec(step.field).maxLength) return { asText: true, remark: result.message };
    const offer = result.lead?.code ? undefined : codeOffer(s, outputs);
    const proposed = result.lead ? proposeLead(withKept, result.message, result.lead, [offer]) : undefined;
    if (proposed) return { session: proposed };
    const facts = result.lead ? result.lead.facts.map((f) => `· ${f}`) : [];
    const offered = result.lead?.code ? withKept : offerCode(withKept, outputs, [result.message, ...facts]);
    return { session: offered !== withKept ? offered : { ...withKept, notice: joined([result.message, ...facts]) } };
  }
  const moved = apply(withKept, step, result);
  if (!moved) return { session: { ...withKept, notice: `That is ${outputs.map(describe).join(' and ')}; it does not answer this question.` } };
  const notice = [`Read from what you pasted (${outputs.map(describe).join(', ')}):`, ...result.facts.map((f) => `· ${f}`), `So: ${moved.said} (Esc goes back to change it).`];
  const after = autoAnswer(moved.session);
  // A paste that answered one question offers its code with Enter; one that went on through
  // several (collected output) names the code among what it did, and leaves the screen free.
  if (after === moved.session) {
    const offered = offerCode(after, outputs, notice);
    if (offered !== after) return { session: offered };
  }
  return { session: { ...after, notice: joined([...notice, after === moved.session ? undefined : after.notice, codeOffer(after, outputs)]) } };
}

/** A new session from what the wizard was started with: a code, or output to read first (--from). */
export function startWith(entry: SessionEntry): Session {
  if (entry.output === undefined) return autoAnswer(startSession(entry));
  const reading = readOutput(entry.output);
  const readings = keepable(reading);
  const code = entry.code ?? reading.code ?? outputsOf(reading).find((r) => r.code)?.code;
  const base = { ...startSession({ size: entry.size, ...(entry.readLocal ? { readLocal: entry.readLocal } : {}) }), readings };
  if (!code) return autoAnswer(base);
  const started = startSession({ ...entry, code });
  return autoAnswer({ ...started, readings });
}
