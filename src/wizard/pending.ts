// An answer found for the technician waits for them. A live check runs on THIS computer, which
// is often not on the client's network (a VPN, another site, another DNS view); output pasted
// from the KMS host says nothing of what the client logged. So what was found is shown with
// where it came from, and only Enter takes it as the answer; Esc leaves the question open.

import { fill } from '../text/fill.js';
import { chooseEvent, currentContext, currentStep, lookUpCode, submit, type FoundAnswer, type Session } from './session.js';

/** The session showing `lines` and asking whether to take `answer` (`takes` says what Enter does). */
export function propose(s: Session, lines: string[], answer: FoundAnswer, takes: string): Session {
  return { ...s, pending: { lines, answer, takes }, notice: undefined };
}

/** A choice's label quoted in a sentence; one that quotes Windows itself is set off with other quotes, so the two never nest. */
export const quotedLabel = (label: string): string => (label.includes('"') ? `“${label}”` : `"${label}"`);

/** The words of what a found answer would choose or type, as the screen shows it. */
export function answerWords(s: Session, answer: FoundAnswer): string | undefined {
  if (answer.code) return answer.code;
  const step = currentStep(s);
  if (answer.event && step.kind === 'question') {
    const option = step.options.find((o) => o.event === answer.event);
    if (!option) return undefined;
    return quotedLabel(fill(option.label, { ...currentContext(s).answers, code: currentContext(s).code }));
  }
  return answer.value;
}

/** Enter: the found answer is taken, as if chosen or typed; the next screen says where it came from. */
export function acceptPending(s: Session): Session {
  const pending = s.pending;
  if (!pending) return s;
  const words = answerWords(s, pending.answer);
  const base: Session = { ...s, pending: undefined };
  const { event, value, code } = pending.answer;
  if (code) return { ...lookUpCode(base, code), notice: `Went to ${code}, as the output showed (Esc goes back).` };
  const next = event ? chooseEvent(base, event) : value !== undefined ? submit({ ...base, draft: value, caret: value.length }, value) : base;
  if (next.frames === base.frames) return next; // refused (a value the field does not take): its message shows
  return { ...next, notice: `Taken as the answer: ${words ?? 'what was found'} (Esc goes back to change it).` };
}

/** Esc: the found answer is dropped and the question stays open. */
export function dropPending(s: Session): Session {
  return s.pending ? { ...s, pending: undefined, notice: 'Left open: answer it yourself.' } : s;
}
