// The way forward on a question that asks the technician to read something (it has `reads`,
// or its help has commands): a choice for someone who has not checked or cannot tell, and a
// help text that says pasted output answers the question where the step reads it.

import type { Help, Option } from '../step.js';
import { NOT_CHECKED_LABEL } from './builders.js';

/** "I haven't checked / I can't tell": it leads on to the checks in their usual order. */
export const NOT_CHECKED: Option = { label: NOT_CHECKED_LABEL, event: 'NOT_CHECKED' };

/** What the help of a step that reads pasted output adds to its "look for" text. */
export const PASTE_ANSWERS = 'Pasting that output here answers the question.';

/** A help whose "look for" text ends by saying that pasted output answers the question. */
export const pasteable = (help: Help): Help => ({ ...help, lookFor: `${help.lookFor} ${PASTE_ANSWERS}` });
