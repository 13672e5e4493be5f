// The way forward on a question that asks the technician to read something (it has `reads`,
// or its help has commands): the "I haven't checked / I can't tell" choice (defined with the
// read-first ends in read-first.ts), and a help text that says pasted output answers the
// question where the step reads it.

import type { Help } from '../step.js';

export { NOT_CHECKED } from './read-first.js';

/** What the help of a step that reads pasted output adds to its "look for" text. */
export const PASTE_ANSWERS = 'Pasting that output here answers the question.';

/** A help whose "look for" text ends by saying that pasted output answers the question. */
export const pasteable = (help: Help): Help => ({ ...help, lookFor: `${help.lookFor} ${PASTE_ANSWERS}` });
