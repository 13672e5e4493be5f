// A fast path in front of string-width, wired in by the build (scripts/build-plugins.mjs) for
// every copy of string-width the bundle holds. string-width splits text into graphemes with
// Intl.Segmenter and tests emoji regexes per character (string-width 7, used by wrap-ansi,
// builds a new emoji regex for every character), which was about 26 ms of the wizard's first
// frame and 1–2 ms per key. Nearly everything the wizard draws is plain text: printable ASCII,
// Latin letters, a few typographic marks, and colour codes. For text made only of those the
// width is the number of characters once the colour codes are gone; for anything else (CJK,
// emoji, combining marks, control characters, other escape sequences, options) we ask the
// real string-width. test/terminal/fast-width.test.ts checks both agree on every character we
// answer for, alone and in random strings, for each string-width version installed.

import { CARET_MARK_UNIT } from './caret-mark.js';

/** string-width's signature. */
export type StringWidth = (text: string, options?: object) => number;

// Ranges of code points that take one column and never join a neighbour into one grapheme.
const COVERED_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // printable ASCII
  // Latin-1 signs and letters, without the soft hyphen (U+00AD, invisible) and © ® (U+00A9,
  // U+00AE: emoji to string-width 7, two columns there)
  [0xa0, 0xa8],
  [0xaa, 0xac],
  [0xaf, 0xff],
  [0x100, 0x17f], // Latin Extended-A (Polish, Czech, Turkish … names in pasted output)
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x2039, 0x203a], // ‹ ›
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2500, 0x2502], // ─ ━ │ (box drawing, light lines)
  [0x276f, 0x276f], // ❯
];

const TABLE_SIZE = 0x2800;
const COVERED = new Uint8Array(TABLE_SIZE);
for (const [from, to] of COVERED_RANGES) COVERED.fill(1, from, to + 1);


/** True when string-width counts this UTF-16 code unit as one column in any company. */
export const isCovered = (unit: number): boolean => (unit < TABLE_SIZE && COVERED[unit] === 1) || unit === CARET_MARK_UNIT; // the caret mark: one column, never joins a neighbour

/** Every code point the fast path answers for (for tests). */
export function coveredCodePoints(): number[] {
  return [...COVERED_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)), CARET_MARK_UNIT];
}

// SGR colour and style codes as chalk writes them (ESC [ 1;31 m). string-width strips these
// with ansi-regex, which removes exactly this span for such a sequence; any other escape
// sequence makes us fall back.
const SGR = /\u001B\[(?:\d{1,3}(?:;\d{1,3})*)?m/g;

/** The width of `text` if it is made only of covered characters and colour codes, else -1. */
export function plainWidth(text: string): number {
  let plain = text;
  if (plain.includes('\u001B')) plain = plain.replace(SGR, '');
  for (let i = 0; i < plain.length; i++) {
    if (!isCovered(plain.charCodeAt(i))) return -1;
  }
  return plain.length;
}

/** string-width with the fast path in front; anything not plain goes to `real`. */
export function withFastPath(real: StringWidth): StringWidth {
  return function stringWidth(text: string, options?: object): number {
    if (options !== undefined || typeof text !== 'string') return real(text, options);
    const width = plainWidth(text);
    return width >= 0 ? width : real(text);
  };
}
