// Turning what was pasted into what was meant, before a field reads it, where that is safe:
// the result only ever holds characters that mean what the technician saw. Full-width forms
// (an East Asian keyboard) become their ASCII twins, digits of other scripts their ASCII digit
// (in numbers), dash look-alikes (Word's autocorrect) a hyphen, and characters that show as
// nothing (copied from web pages and chat) disappear. Look-alike *letters* are not folded:
// a Cyrillic "а" in a host name is another name, and the name checks refuse it.

/** How a field's text is prepared: see each kind's comment in `FOLDS`. */
export type FoldKind = 'ascii' | 'name' | 'key' | 'text';

/**
 * Characters that show as nothing and mean nothing in the values we read: zero-width ones, the
 * BOM, the soft hyphen, and variation selectors (an emoji-style request with nothing to apply to).
 */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFE00-\uFE0F\uFEFF]/gu;

/** Dashes and minus signs that stand for a hyphen-minus. */
const DASH = /[\p{Pd}\u2212\u2796\uFE63]/gu;

/** The full stop of Chinese and Japanese text, which IDNA reads as a dot between labels. */
const IDEOGRAPHIC_STOP = /[\u3002\uFF61]/g;

/** Any decimal digit of any script, e.g. Arabic-Indic "٣" or Devanagari "३". */
const DIGIT = /(?![0-9])\p{Nd}/gu;

/** The ASCII digit of a decimal digit of any script (Unicode encodes each script's 0–9 as one run). */
function asciiDigit(d: string): string {
  let cp = d.codePointAt(0)!;
  let steps = 0;
  // Walk down to the start of the run; a run is one or more whole tens, each from 0 to 9.
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp -= 1;
    steps += 1;
  }
  return String(steps % 10);
}

// Full-width ASCII (what an East Asian keyboard types) and the wide and no-break spaces, as their
// plain forms. Not all of NFKC: it would also read a superscript "²" as 2 and a circled "①" as 1,
// turning a footnote mark pasted after "1688" into a different port.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\u00A0\u2000-\u200A\u202F\u205F]/g;
const compatible = (text: string): string => text.replace(FULL_WIDTH, (ch) => ch.normalize('NFKC'));

const FOLDS: Readonly<Record<FoldKind, (text: string) => string>> = {
  // Numbers, codes, times, offsets: everything becomes ASCII where it has an ASCII meaning.
  ascii: (text) => compatible(text.replace(INVISIBLE, '')).replace(DASH, '-').replace(DIGIT, asciiDigit),
  // DNS names: full-width and dashes folded, but other scripts' digits kept, so a Latin name
  // with an Arabic-Indic digit is refused as a mixed-script name rather than silently renamed.
  name: (text) => compatible(text.replace(INVISIBLE, '')).replace(DASH, '-').replace(IDEOGRAPHIC_STOP, '.'),
  // Product keys: the key checker repairs invisible characters and dashes itself and says so.
  key: (text) => compatible(text),
  // Free text (a task name): composed, so "e" + U+0301 is "é", and full-width forms plain (an IME
  // left in full-width mode types "Ａｃｔｉｖａｔｅ" for Activate); everything else is the field's to judge.
  text: (text) => compatible(text.normalize('NFC')),
};

/** The text prepared for a field of this kind. */
export function fold(text: string, kind: FoldKind): string {
  return FOLDS[kind](text);
}
