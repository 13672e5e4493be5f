// What a character is called in a refusal. A character that would do something on the terminal,
// or shows as nothing, is named by its code point and never written itself: a raw ESC would
// start an escape sequence in the middle of our message, a raw U+202E would turn the rest of
// the line around, and a lone combining mark would sit on the quote before it.

/** The C0 controls by their usual abbreviation, U+0000 to U+001F. */
const C0 = [
  'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
  'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US',
];

/** The C1 controls that have a well-known abbreviation (U+0080 to U+009F). */
const C1: Readonly<Record<number, string>> = {
  0x84: 'IND', 0x85: 'NEL', 0x8d: 'RI', 0x90: 'DCS', 0x9b: 'CSI', 0x9c: 'ST', 0x9d: 'OSC', 0x9e: 'PM', 0x9f: 'APC',
};

/** Characters people meet in pastes, by name, so the technician can find out where they came from. */
const NAMED: Readonly<Record<number, string>> = {
  0x7f: 'DEL',
  0xa0: 'no-break space',
  0xad: 'soft hyphen',
  0x300: 'combining grave',
  0x301: 'combining acute',
  0x308: 'combining diaeresis',
  0x61c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2010: 'hyphen',
  0x2011: 'non-breaking hyphen',
  0x2012: 'figure dash',
  0x2013: 'en dash',
  0x2014: 'em dash',
  0x2015: 'horizontal bar',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x2212: 'minus sign',
  0x3000: 'ideographic space',
  0xfe0f: 'variation selector',
  0xfeff: 'zero-width no-break space',
  0xff0d: 'full-width hyphen',
  0xfffd: 'replacement character',
};

/** "U+001B": the code point as Unicode charts write it. */
export function codePointOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The name of a control or invisible character, when it has one we know ("ESC", "right-to-left override"). */
export function knownName(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  return cp < 0x20 ? C0[cp] : NAMED[cp] ?? C1[cp];
}

// Letters, digits, punctuation and symbols show as themselves; a mark, a format or control
// character, a separator other than the plain space, a private-use, unassigned or lone
// surrogate code point does not (or does something worse).
const VISIBLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/** True when the character can be written into a message as itself. */
export const showsAsItself = (ch: string): boolean => ch === ' ' || VISIBLE.test(ch);

/**
 * A character as a message names it: `a space`, `a tab`, `a line break`, `";"`,
 * `"é" (U+00E9)`, `U+001B (ESC)`, `U+202E (right-to-left override)`, `U+E000`.
 */
export function nameOf(ch: string): string {
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (/^[\x21-\x7E]$/.test(ch)) return `"${ch}"`;
  // A visible non-ASCII character also gets its code point: a Cyrillic "а" looks exactly like a Latin "a".
  if (showsAsItself(ch)) return `"${ch}" (${codePointOf(ch)})`;
  const name = knownName(ch);
  return name ? `${codePointOf(ch)} (${name})` : codePointOf(ch);
}
