// Where "I haven't checked / I can't tell" leads (issue 14 §4). Where a later check can do
// without the answer, a question's NOT_CHECKED goes there; where none can, to one of these:
// the checks to run, in order, each with its command, then back to the question — or, when
// no code is known yet, activating once so that the code slmgr prints decides the way on.

import type { ActionItem, Option, VerifyItem } from '../step.js';
import { LOOK_UP_CODE, NOT_CHECKED_LABEL, resolution } from './builders.js';

/** The choice every question that asks the technician to read something offers. */
export const NOT_CHECKED: Option = { label: NOT_CHECKED_LABEL, event: 'NOT_CHECKED' };

/** What a read-first screen says once its checks are run: go back and answer. */
const BACK: Option = { label: 'I have looked: back to the question', event: 'BACK_TO_QUESTION' };

/** How to read what a question asks, step by step; its next step goes back to that question. */
export interface ReadFirst {
  title: string;
  /** Why it matters, in a sentence or two. */
  cause: string;
  steps: ActionItem[];
  /** The question to go back to (or the state the next step names). */
  back: string;
  /** The next step's label, when it goes somewhere else than back to the question. */
  nextLabel?: string;
  /** Default: choose the answer, or paste the output at the question. */
  verify?: VerifyItem[];
}

/** A resolution that lists the checks in order; its next step returns to the question. */
export function readFirst(r: ReadFirst) {
  return {
    meta: resolution({
      lead: 'Why',
      title: r.title,
      cause: r.cause,
      steps: r.steps,
      verify: r.verify ?? [{ text: 'Back at the question, choose what the output shows, or paste the output there: kms-doctor reads it and says what it found.' }],
      next: r.nextLabel ? { ...BACK, label: r.nextLabel } : BACK,
    }),
    on: { [BACK.event]: r.back },
  };
}

/**
 * Where a question about the code or symptom leads when nobody has looked: activate once;
 * the code slmgr prints (or keeps as its Notification Reason) decides where to go next.
 * `lookUp` is the state that asks for the code.
 */
export function codeFirst(lookUp: string) {
  return {
    meta: resolution({
      lead: 'Why',
      title: 'Activate once, read the code',
      cause: 'The error code tells best what is wrong: slmgr prints it when activation fails.',
      steps: [
        { text: 'On the client, note the "Notification Reason:" line.', commands: [{ ref: 'slmgr-dlv' }] },
        { text: 'Try to activate. An error code leads to the next step: type it, or paste what slmgr printed.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'dlv-licensed' }],
      next: LOOK_UP_CODE,
    }),
    on: { [LOOK_UP_CODE.event]: lookUp },
  };
}

/** For a question about the licence channel: where slmgr /dlv names it, then back to the question. */
export function channelRead(back: string) {
  return readFirst({
    title: 'Find the licence channel',
    cause: 'How Windows activates again depends on the kind of key it has, and the end of the Description line names it.',
    steps: [
      { text: 'On the machine, show the licence status. The Description line ends with the channel: VOLUME_KMSCLIENT (a KMS client), VOLUME_MAK (a MAK), RETAIL or OEM_… (its own key), VOLUME_KMS… without CLIENT (a KMS host).', commands: [{ ref: 'slmgr-dlv' }] },
      'No Description line, or "Error: product key not found.": no key is installed; the installed key decides the rest.',
    ],
    back,
  });
}

/** For "what did slmgr /ato print?": run it again and read its last line, or the licence status. */
export function atoRead(back: string) {
  return readFirst({
    title: 'Read what activation printed',
    cause: 'slmgr /ato ends with one line: success, or "Error: " and a code. The licence status says the same afterwards.',
    steps: [
      { text: 'On the client, show the licence status: "License Status: Licensed" means it worked; otherwise "Notification Reason:" has the code.', commands: [{ ref: 'slmgr-dlv' }] },
      { text: 'Or try to activate again, and read its last line.', commands: [{ ref: 'slmgr-ato' }] },
    ],
    back,
  });
}
