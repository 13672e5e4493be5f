// The field of a typed-answer step: its label on a line of its own (never cut by a long value)
// and one line of text that scrolls sideways to keep the caret in sight.

import type { InputStep } from '../../../flows/step.js';
import { fieldSpec } from '../../input/fields.js';
import type { Session } from '../session.js';
import { prose, type ScreenLine } from './screen-lines.js';

/** The field part of a typed-answer screen. */
export interface FieldPart {
  kind: 'field';
  label: ScreenLine[];
  /** The visible text before the caret, the character under it (' ' at the end), and after. */
  before: string;
  at: string;
  after: string;
  /** Shown dim in an empty field. */
  placeholder?: string;
  /** "538 characters · ←/→ Home/End move through them", when the value is wider than the window. */
  note?: ScreenLine[];
  rows: number;
}

const ELLIPSIS = '…';

/** The field as drawn in the session's window. */
export function fieldPart(step: InputStep, session: Session): FieldPart {
  const { columns } = session.size;
  const spec = fieldSpec(step.field);
  const label = prose(`${spec.label}:`, columns, { color: 'cyan' });
  const text = session.draft;
  const caret = Math.min(session.caret, text.length);
  const width = Math.max(4, columns - 3); // "› " before the text, the last column left free
  let start = 0;
  let end = text.length;
  if (text.length + 1 > width) {
    // Keep the caret in sight, with a little of what follows it when there is more.
    start = Math.max(0, Math.min(caret - width + 3, text.length + 1 - width));
    end = Math.min(text.length, start + width);
  }
  const at = caret < text.length ? String.fromCodePoint(text.codePointAt(caret)!) : ' ';
  let before = text.slice(start, caret);
  let after = text.slice(caret + at.length, end);
  if (start > 0) before = ELLIPSIS + before.slice(1);
  if (end < text.length) after = after.slice(0, -1) + ELLIPSIS;
  let placeholder = text === '' ? (step.default !== undefined ? `${step.default} (press Enter to use it)` : `e.g. ${spec.example}`) : undefined;
  // The caret stands on the placeholder's first column; the rest must fit the line.
  if (placeholder && placeholder.length > width - 1) placeholder = `${placeholder.slice(0, width - 2)}${ELLIPSIS}`;
  const note = text.length + 1 > width ? prose(`${text.length} characters · ←/→ Home/End move through them · Ctrl+U clears`, columns, { dim: true }) : undefined;
  return { kind: 'field', label, before, at, after, placeholder, note, rows: label.length + 1 + (note?.length ?? 0) };
}
