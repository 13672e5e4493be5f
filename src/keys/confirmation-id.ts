// Checks a confirmation ID (CID) as a technician types it after phone activation: digits in
// groups (8 groups of 6 for Windows), with spaces or hyphens between them. The result goes onto
// a command line (slmgr /atp), so it is built from digits only.

import { nameOf } from '../input/char-names.js';

/** The verdict on a typed confirmation ID. */
export type CidCheck =
  | { ok: true; digits: string; groups: string[] }
  | { ok: false; message: string };

const GROUP = 6;
const DIGITS = 48;

// What people put between the groups: blanks, hyphens and their look-alikes, dots.
const SEPARATOR = /[\s\p{Pd}\u2212.]/u;

/** Letters that are digits misread; the hint tells which digit the source probably shows. */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', i: '1', Z: '2', z: '2', S: '5', s: '5', G: '6', b: '6', B: '8', g: '9', q: '9',
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Checks and normalises a typed confirmation ID. */
export function checkConfirmationId(raw: string): CidCheck {
  const text = raw.trim();
  if (text === '') {
    return { ok: false, message: 'Type the confirmation ID you were given on the phone: digits, usually 8 groups of 6.' };
  }
  const groups: string[] = [''];
  for (const ch of text) {
    if (SEPARATOR.test(ch)) {
      if (groups.at(-1) !== '') groups.push('');
      continue;
    }
    if (!/[0-9]/.test(ch)) {
      const where = `the ${ordinal(groups.at(-1)!.length + 1)} character of group ${groups.length}`;
      if (/\p{L}/u.test(ch)) {
        const digit = LOOK_ALIKE[ch];
        const hint = digit ? ` If the source shows ${digit}, type ${digit}.` : '';
        return { ok: false, message: `A confirmation ID has only digits, but ${where} is the letter "${ch}".${hint}` };
      }
      return { ok: false, message: `A confirmation ID has only digits and separators; ${where} is ${nameOf(ch)}.` };
    }
    groups[groups.length - 1] += ch;
  }
  if (groups.at(-1) === '') groups.pop();
  const digits = groups.join('');
  if (digits.length === DIGITS) {
    const byGroup = digits.match(/\d{6}/g)!;
    return { ok: true, digits, groups: byGroup };
  }
  const shape = `a confirmation ID has ${DIGITS} digits (8 groups of ${GROUP})`;
  if (digits.length === 63) {
    return { ok: false, message: 'That has 63 digits: is it the installation ID (slmgr /dti shows it)? Type the ID you were given back.' };
  }
  const odd = groups.findIndex((g) => g.length !== GROUP);
  // The group's digits help find it, while they are few enough to read at a glance.
  const shown = groups[odd] !== undefined && groups[odd].length <= 8 ? ` (${groups[odd]})` : '';
  const groupHint = groups.length > 1 && odd >= 0
    ? ` Group ${odd + 1}${shown} has ${groups[odd]!.length} digit${groups[odd]!.length === 1 ? '' : 's'}, not ${GROUP}.`
    : '';
  return { ok: false, message: `That has ${digits.length} digit${digits.length === 1 ? '' : 's'}, but ${shape}.${groupHint}` };
}
