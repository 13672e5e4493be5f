// How the key checker words what it found: a character named so it can be found on screen
// ("an en dash (U+2013)"), why it is not in product keys, ordinals and counts.

import { PRODUCT_KEY_ALPHABET } from '../catalog/patterns.js';
import { joinWords } from '../text/join-words.js';

/** Why a character is not in the product-key alphabet, with the slips people make. */
export function whyNotInKeys(ch: string): string {
  const alphabet = `product keys use only ${PRODUCT_KEY_ALPHABET}`;
  switch (ch) {
    case 'O': return 'the letter O is not used in product keys, and neither is the digit 0 — check the source again';
    case '0': return 'the digit 0 is not used in product keys, and neither is the letter O — check the source again';
    case '1': case 'I': case 'L': return 'the digit 1 and the letters I and L are not used in product keys — check the source again';
    case '5': case 'S': return 'neither the digit 5 nor the letter S is used in product keys — check the source again';
    case 'Z': return 'Z is not used in product keys — if the source shows a 2, type 2';
    case 'A': case 'E': case 'U': return `${ch} is not used in product keys (they contain no vowels)`;
    default:
      if (/\p{L}/u.test(ch)) return `it is not a plain capital letter (an accented letter, or one from another alphabet that looks like a Latin one); ${alphabet}`;
      return alphabet;
  }
}

const CHAR_NAMES: Readonly<Record<string, string>> = {
  '-': 'a hyphen', ' ': 'a space', '\t': 'a tab', '\n': 'a line break', '\r': 'a line break',
  '\u00A0': 'a non-breaking space (U+00A0)', '\u00AD': 'a soft hyphen (U+00AD)',
  '\u2010': 'a Unicode hyphen (U+2010)', '\u2011': 'a non-breaking hyphen (U+2011)',
  '\u2012': 'a figure dash (U+2012)', '\u2013': 'an en dash (U+2013)', '\u2014': 'an em dash (U+2014)',
  '\u2015': 'a horizontal bar (U+2015)', '\u2212': 'a minus sign (U+2212)', '\uFE63': 'a small hyphen-minus (U+FE63)',
  '\uFF0D': 'a full-width hyphen (U+FF0D)', _: 'an underscore', '.': 'a full stop', ',': 'a comma',
  '/': 'a slash', '\\': 'a backslash', '|': 'a vertical bar',
};

/** "an en dash (U+2013)", "a space", "'é' (U+00E9)". */
export function describeChar(ch: string): string {
  const named = CHAR_NAMES[ch];
  if (named) return named;
  if (/\s/u.test(ch)) return `a space character (${codePoint(ch)})`;
  if (/\p{Pd}/u.test(ch)) return `a dash-like character (${codePoint(ch)})`;
  if (/^[\x21-\x7E]$/.test(ch)) return `"${ch}"`;
  return `"${ch}" (${codePoint(ch)})`;
}

export function describeSeparator(text: string): string {
  if (text.trim() === '-') return 'a hyphen with spaces around it';
  if (/^-{2,}$/.test(text)) return `${text.length} hyphens`;
  if (/^ {2,}$/.test(text)) return `${text.length} spaces`;
  return joinWords([...text].map(describeChar));
}

export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
