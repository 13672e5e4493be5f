// Line editing in a typed-answer field, as pure functions over the text and the caret: the
// keys people expect from a shell prompt (←/→, Home/End, Ctrl+A/E, Backspace/Delete, Ctrl+U,
// Ctrl+W, Ctrl+K). Text that arrives is cleaned first: line breaks and tabs become spaces,
// and what cannot be seen (control characters, escape sequences, bidi and zero-width marks)
// is taken out and named, so what the field shows is exactly what it holds.

import { codePointOf, knownName } from '../input/char-names.js';

/** The text being typed and the caret's position in it (UTF-16 index, never inside a pair). */
export interface FieldText {
  text: string;
  caret: number;
}

/** Text as it arrived, cleaned for the field, and what was taken out (for a notice). */
export interface Cleaned {
  text: string;
  /** Names of the invisible characters removed, e.g. "U+000B", "U+202E (right-to-left override)". */
  removed: string[];
}

// Escape sequences as a terminal or a pasted log would carry them: CSI, OSC/DCS/APC strings, ESC+char.
const ESCAPES = /\u001B(?:\[[\x20-\x3f]*[\x40-\x7e]?|[\]P_^X][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[\s\S]?)|\u009B[\x20-\x3f]*[\x40-\x7e]?/g;
// Characters that are never shown as what they are: C0/C1 controls, DEL, bidi controls,
// zero-width characters and the byte-order mark, soft hyphen, interlinear annotations.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/** "U+000B (VT)": a character named by its code point, so an invisible one can be told apart. */
function codePointName(ch: string): string {
  const name = knownName(ch);
  return name ? `${codePointOf(ch)} (${name})` : codePointOf(ch);
}

/** Cleans text for a one-line field: breaks and tabs to spaces, the invisible taken out and named. */
export function cleanForField(raw: string): Cleaned {
  const removed = new Set<string>();
  let text = raw.replace(ESCAPES, (seq) => {
    removed.add(seq.length > 1 ? 'an escape sequence' : codePointName(seq));
    return '';
  });
  text = text.replace(/\r\n|[\r\n\t]/g, ' ');
  text = text.replace(INVISIBLE, (ch) => {
    removed.add(codePointName(ch));
    return '';
  });
  return { text, removed: [...removed] };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** The index one character before `i` (a surrogate pair counts as one). */
const before = (text: string, i: number) => (i > 1 && isLowSurrogate(text.charCodeAt(i - 1)) ? i - 2 : Math.max(0, i - 1));
/** The index one character after `i`. */
const after = (text: string, i: number) => (i < text.length - 1 && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : Math.min(text.length, i + 1));

/** Inserts (already cleaned) text at the caret, keeping at most `max` characters in all. */
export function insert(f: FieldText, text: string, max: number): { field: FieldText; dropped: number } {
  const room = Math.max(0, max - f.text.length);
  let kept = text.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1); // never keep half of a pair
  return {
    field: { text: f.text.slice(0, f.caret) + kept + f.text.slice(f.caret), caret: f.caret + kept.length },
    dropped: text.length - kept.length,
  };
}

/** One editing action on the field; undefined for a key that does not edit. */
export type EditAction =
  | 'left' | 'right' | 'home' | 'end' | 'backspace' | 'delete'
  | 'clear-before' | 'delete-word' | 'kill-after' | 'word-left' | 'word-right';

const wordStart = (text: string, i: number) => {
  let j = i;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  while (j > 0 && !/[\s.:\-/\\]/.test(text[j - 1]!)) j--;
  return j === i && j > 0 ? j - 1 : j;
};
const wordEnd = (text: string, i: number) => {
  let j = i;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  while (j < text.length && !/[\s.:\-/\\]/.test(text[j]!)) j++;
  return j === i && j < text.length ? j + 1 : j;
};

/** Applies an editing action. */
export function edit(f: FieldText, action: EditAction): FieldText {
  const { text, caret } = f;
  switch (action) {
    case 'left': return { text, caret: before(text, caret) };
    case 'right': return { text, caret: after(text, caret) };
    case 'home': return { text, caret: 0 };
    case 'end': return { text, caret: text.length };
    case 'word-left': return { text, caret: wordStart(text, caret) };
    case 'word-right': return { text, caret: wordEnd(text, caret) };
    case 'backspace': {
      const at = before(text, caret);
      return { text: text.slice(0, at) + text.slice(caret), caret: at };
    }
    case 'delete': return { text: text.slice(0, caret) + text.slice(after(text, caret)), caret };
    case 'clear-before': return { text: text.slice(caret), caret: 0 };
    case 'delete-word': {
      const at = wordStart(text, caret);
      return { text: text.slice(0, at) + text.slice(caret), caret: at };
    }
    case 'kill-after': return { text: text.slice(0, caret), caret };
  }
}
