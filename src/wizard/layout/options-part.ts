// The choices of a question, pinned at the bottom of its screen. Labels are wrapped by us (so
// their height is known); when the window is too short for all of them, a window of choices
// around the highlighted one is shown, with how many more there are above and below.

import type { QuestionStep } from '../../../flows/step.js';
import type { TemplateValues } from '../../text/fill.js';
import { choicesOf } from '../choices.js';
import { localOffer } from '../read-local/offer.js';
import { wrapLines } from '../../text/wrap.js';
import type { Session } from '../session.js';

/** One choice as drawn: its wrapped label lines and its index in the question. */
export interface OptionItem {
  index: number;
  lines: string[];
}

/** The choices part of a question screen. */
export interface OptionsPart {
  kind: 'options';
  /** The choices shown (all of them, or a window). */
  items: OptionItem[];
  /** The highlighted choice (an index into the question's choices, help last). */
  cursor: number;
  visible: number;
  moreAbove: number;
  moreBelow: number;
  /** Rows the part takes, the "more" lines included. */
  rows: number;
  /** A blank line above the choices (left out in a short window). */
  gap: boolean;
}

/** The labels of a question's choices, in screen order (choices.ts). */
export function choiceLabels(step: QuestionStep, values: TemplateValues, helpOpen: boolean, local?: { label: string }): string[] {
  return choicesOf(step, values, helpOpen, local).map((c) => c.label);
}

/** The choices, all of them or a window of at most `maxRows` rows around the highlighted one. */
export function optionsPart(step: QuestionStep, session: Session, values: TemplateValues, maxRows = Number.POSITIVE_INFINITY, compact = false): OptionsPart {
  const gap = compact ? 0 : 1;
  const width = session.size.columns - 3; // "❯ " before each label, and the last column left free
  const all = choiceLabels(step, values, session.helpOpen, localOffer(session, step)).map((label, index) => ({ index, lines: wrapLines(label, width) }));
  const cursor = Math.min(session.cursor, all.length - 1);
  const height = (items: OptionItem[]) => items.reduce((n, i) => n + i.lines.length, 0);
  const total = height(all) + gap; // a blank line above the choices
  if (total <= maxRows) return { kind: 'options', items: all, cursor, visible: all.length, moreAbove: 0, moreBelow: 0, rows: total, gap: gap > 0 };
  // Grow a window from the highlighted choice, below first, while it fits the rows left for it
  // with the blank line above and a line for "more above" or "more below" only where there are more.
  const rowsFor = (from: number, to: number) => height(all.slice(from, to)) + gap + (from > 0 ? 1 : 0) + (to < all.length ? 1 : 0);
  let start = cursor;
  let end = cursor + 1;
  if (all[cursor] === undefined || rowsFor(start, end) > maxRows) {
    return { kind: 'options', items: [], cursor, visible: 0, moreAbove: 0, moreBelow: 0, rows: 0, gap: gap > 0 };
  }
  for (;;) {
    if (end < all.length && rowsFor(start, end + 1) <= maxRows) end++;
    else if (start > 0 && rowsFor(start - 1, end) <= maxRows) start--;
    else break;
  }
  const items = all.slice(start, end);
  const moreAbove = start;
  const moreBelow = all.length - end;
  return { kind: 'options', items, cursor, visible: items.length, moreAbove, moreBelow, rows: height(items) + gap + (moreAbove > 0 ? 1 : 0) + (moreBelow > 0 ? 1 : 0), gap: gap > 0 };
}
