// Saying what was typed, safely and briefly, in a refusal. A technician who pasted
// "corp.contoso.com; del *" should see every wrong character, not only the first; a technician
// who pasted a whole log should see a few words of it and its length, not the log again; and
// nothing typed may reach the terminal as a control or invisible character.

import { columnsOf as stringWidth } from '../text/columns.js';
import { joinWords } from '../text/join-words.js';
import { codePointOf, nameOf, showsAsItself } from './char-names.js';
import { fitsMessage } from './message-fit.js';

export { nameOf } from './char-names.js';

/** The distinct characters of `text` that `allowed` (a one-character class) refuses, CR and LF as one. */
function badCharacters(text: string, allowed: RegExp): string[] {
  return distinct([...text].filter((ch) => !allowed.test(ch)));
}

/** Each character once, in order of appearance; CR and LF are both "a line break". */
const distinct = (chars: readonly string[]): string[] => [...new Set(chars.map((ch) => (ch === '\r' ? '\n' : ch)))];

/**
 * Every distinct character of `text` that `allowed` refuses, named for a message:
 * `";", a space and "*"`; past three, `… and 4 more`.
 */
export function describeBadCharacters(text: string, allowed: RegExp): string | undefined {
  const bad = badCharacters(text, allowed);
  return bad.length === 0 ? undefined : listNames(bad, 3);
}

/**
 * The refusal `compose` words around the characters of `text` that `allowed` refuses, naming
 * as many as fit in a refusal's two rows (at least one); undefined when all are allowed.
 */
export function refuseCharacters(text: string, allowed: RegExp, compose: (names: string) => string): string | undefined {
  const bad = badCharacters(text, allowed);
  return bad.length === 0 ? undefined : composeWithNames(bad, compose);
}

/**
 * `compose` around the names of `found`, as many named as fit in a refusal's two rows; when not
 * even one fits with "and N more", the first alone, and at the last only how many there are.
 */
export function composeWithNames(found: readonly string[], compose: (names: string) => string): string {
  const chars = distinct(found);
  const tries = [3, 2, 1].filter((n) => n <= chars.length).map((n) => listNames(chars, n));
  tries.push(nameOf(chars[0]!), `${chars.length} character${chars.length === 1 ? '' : 's'} it cannot take`);
  return compose(tries.find((names) => fitsMessage(compose(names))) ?? tries.at(-1)!);
}

/** The first `shown` characters named, the rest counted: `U+001B (ESC), U+0007 (BEL) and 2 more`. */
function listNames(chars: readonly string[], shown: number): string {
  const names = chars.slice(0, shown).map(nameOf);
  const rest = chars.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : joinWords(names);
}

/** The widest quotation of typed text a message holds, in terminal columns. */
export const QUOTE_WIDTH = 30;

/**
 * A quotation of typed text fit for a one- or two-line message: `"kms01 & calc"` as it is when
 * it is short and visible; otherwise its start, with characters that would not show as
 * themselves written as `<U+0301>`, and its length: `"slmgr /ato Error: 0xC0…" (538 characters)`.
 */
export function quote(text: string, width = QUOTE_WIDTH): string {
  const chars = [...text];
  // Every character takes a column at least, so a longer text is cut without measuring it all.
  const parts = chars.slice(0, width + 1).map((ch) => (showsAsItself(ch) ? ch : `<${codePointOf(ch)}>`));
  if (chars.length <= width && stringWidth(parts.join('')) <= width) return `"${parts.join('')}"`;
  let shown = '';
  for (const part of parts) {
    if (stringWidth(shown + part) > width - 1) break;
    shown += part;
  }
  return `"${shown}…" (${chars.length} characters)`;
}

/** `compose` around a quotation of `text`, the quotation shortened until the refusal fits its two rows. */
export function composeWithQuote(text: string, compose: (quoted: string) => string): string {
  for (const width of [QUOTE_WIDTH, 20, 12]) {
    const message = compose(quote(text, width));
    if (fitsMessage(message)) return message;
  }
  return compose(quote(text, 8));
}

/**
 * The message with every character that would not show as itself replaced by its code point.
 * Refusals are written not to need it; this is the last guard between typed text and the terminal.
 */
export function safeMessage(message: string): string {
  let out = '';
  for (const ch of message) out += ch === ' ' || showsAsItself(ch) ? ch : `<${codePointOf(ch)}>`;
  return out;
}
