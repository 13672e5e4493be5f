// Internationalised DNS names. A name typed with letters outside ASCII (bücher.example) goes
// into commands in the form DNS itself uses, punycode (xn--bcher-kva.example), and the
// technician is told. A label that mixes scripts (a Cyrillic "о" among Latin letters), or is
// written entirely in Cyrillic or Greek letters that look Latin, is refused: such names exist
// to imitate another, and a command aimed at one would reach a different host.

import { domainToASCII, domainToUnicode } from 'node:url';
import { composeWithNames, composeWithQuote, quote } from './bad-characters.js';
import { fail, ok, type Validation } from './validation.js';

/** What a name may hold before it is put in DNS form: ASCII letters, digits, "-", "." and letters of any script. */
export const NAME_INPUT = /[a-z0-9.\-\p{L}\p{M}\p{N}]/iu;

/** Scripts a label may mix with Latin: Japanese, Chinese and Korean names are written that way. */
const MIXES_WITH_LATIN = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']);
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Thai', 'Georgian', ...MIXES_WITH_LATIN]
  .map((name) => ({ name, test: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** The script of a letter or digit; digits, marks and signs every script shares belong to none. */
function scriptOf(ch: string): string | undefined {
  if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(ch)) return undefined;
  return SCRIPTS.find((s) => s.test.test(ch))?.name ?? (/[\p{L}\p{N}]/u.test(ch) ? 'Other' : undefined);
}

/** Cyrillic and Greek letters that look like Latin ones (as browsers' IDN checks list them). */
const LATIN_LOOK_ALIKES = /^[асԁеһіјӏорԛѕԝхуъьҽпгѵѡαικνορτυχ0-9-]+$/u;

/** Why a (Unicode) label cannot be used, or undefined when it can. */
function spoofProblem(label: string): string | undefined {
  const chars = [...label];
  const scripts = new Set(chars.map(scriptOf).filter((s) => s !== undefined));
  const mixed = scripts.size > 1 && !(scripts.has('Latin') && [...scripts].every((s) => s === 'Latin' || MIXES_WITH_LATIN.has(s)));
  if (mixed) {
    // Name the letters that are not Latin (or, without Latin, all but the first script's).
    const first = scripts.has('Latin') ? 'Latin' : [...scripts][0];
    const odd = chars.filter((ch) => scriptOf(ch) !== undefined && scriptOf(ch) !== first);
    return composeWithNames(odd, (names) => `A name part mixes alphabets, as look-alike names do: ${names}.`);
  }
  if (LATIN_LOOK_ALIKES.test(label) && /\p{L}/u.test(label)) {
    return composeWithQuote(label, (q) => `${q} is all ${[...scripts][0]} letters that look Latin, as look-alike names are.`);
  }
  return undefined;
}

/** One non-ASCII (or xn--) label in punycode, or why it cannot be one. */
function labelDnsForm(label: string, what: string): Validation<string> {
  const typedPunycode = label.startsWith('xn--');
  // Say what is wrong with the letters as seen, before IDNA has its own (vaguer) say.
  const seen = typedPunycode ? undefined : spoofProblem(label.normalize('NFC'));
  if (seen) return fail(seen);
  const ascii = domainToASCII(label);
  // One label on its own can come back empty (not valid IDNA) or, mapped, as a number or several labels.
  if (ascii === '' || ascii.includes('.') || !/^[a-z0-9-]+$/.test(ascii) || /^[0-9]+$/.test(ascii)) {
    return fail(composeWithQuote(label, (q) => (typedPunycode
      ? `${q} in ${lower(what)} is not valid punycode (an xn-- name part).`
      : `${q} in ${lower(what)} is not a name DNS can hold.`)));
  }
  const unicode = domainToUnicode(ascii);
  // IDNA maps some characters to others ("²" to 2, "ⓚ" to k): then the name is not what was seen.
  const asSeen = typedPunycode ? ascii === label : unicode === label.normalize('NFC');
  if (!asSeen) return fail(composeWithQuote(label, (q) => `${q} has characters that stand for others: type it in plain letters and digits.`));
  const problem = spoofProblem(unicode);
  return problem ? fail(problem) : ok(ascii);
}

/**
 * A DNS name (already checked for characters, lower-cased, without its trailing dot) with every
 * non-ASCII label in punycode, and a note saying so; punycode labels typed as such are checked
 * the same way. `what` names the value in messages ("The zone").
 */
export function dnsForm(name: string, what: string): Validation<string> {
  const labels: string[] = [];
  for (const label of name.split('.')) {
    const international = /[^\x00-\x7F]/.test(label) || label.startsWith('xn--');
    const form = international ? labelDnsForm(label, what) : ok(label);
    if (!form.ok) return form;
    labels.push(form.value);
  }
  const ascii = labels.join('.');
  return ascii !== name ? ok(ascii, `Written in punycode, the form DNS uses: ${quote(ascii, 44)}.`) : ok(ascii);
}

/** "The DNS domain" as it reads inside a sentence: "the DNS domain". */
export const lower = (what: string): string => what.charAt(0).toLowerCase() + what.slice(1);
