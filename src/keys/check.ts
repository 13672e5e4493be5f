// Checks a product key as a technician pastes it: repairs the slips that are safe to repair
// (case, dash look-alikes, spaces, missing hyphens), refuses anything else with the exact reason,
// and says whether the key is a KMS client setup key (GVLK). The key it hands back goes onto a
// command line (slmgr /ipk), so it is built only from the product-key alphabet and hyphens.

import { PRODUCT_KEY_ALPHABET, PRODUCT_KEY_PATTERN } from '../catalog/patterns.js';
import type { SetupKeyEntry } from '../catalog/schema.js';
import { joinWords } from '../text/join-words.js';
import { codePoint, count, describeChar, describeSeparator, ordinal, whyNotInKeys } from './key-wording.js';
import { sortNewestFirst } from './search.js';

/** Something changed in the pasted text to get the key, in words a technician can act on. */
export interface KeyCorrection {
  kind: 'surrounding-space' | 'invisible-character' | 'stray-character' | 'lower-case' | 'separator' | 'missing-separator';
  message: string;
}

/** One reason the pasted text cannot be a product key. */
export interface KeyProblem {
  kind: 'empty' | 'group-count' | 'group-length' | 'character' | 'too-many-n';
  message: string;
  /** 1-based group the problem is in, when it is in one. */
  group?: number;
  /** 1-based position inside that group. */
  position?: number;
  /** The offending character. */
  character?: string;
  /** Where the character is in the pasted text (a string index), for highlighting. */
  offset?: number;
  /** How many there are: groups (group-count), characters in the group (group-length), Ns (too-many-n). */
  count?: number;
  /** The group's characters as read (group-length). */
  text?: string;
}

/** The verdict on a pasted key. `key` is present only when it is safe to put on a command line. */
export type KeyCheck =
  | { status: 'setup-key'; key: string; products: SetupKeyEntry[]; corrections: KeyCorrection[]; summary: string }
  | { status: 'not-a-setup-key'; key: string; corrections: KeyCorrection[]; summary: string }
  | { status: 'invalid'; problems: KeyProblem[]; corrections: KeyCorrection[]; summary: string };

const GROUPS = 5;
const GROUP_LENGTH = 5;

/** One character of the pasted text and where it was. */
interface Char {
  ch: string;
  offset: number;
}

/** Checks a pasted product key against the shape rules and the known setup keys. */
export function checkProductKey(raw: string, entries: readonly SetupKeyEntry[]): KeyCheck {
  const corrections: KeyCorrection[] = [];
  const chars = cleanUp(raw, corrections);
  if (chars.length === 0) {
    const problem: KeyProblem = { kind: 'empty', message: 'Nothing that could be a key was entered.' };
    return { status: 'invalid', problems: [problem], corrections, summary: problem.message };
  }
  const { groups, separators } = splitGroups(chars);
  const problems: KeyProblem[] = [];
  const finalGroups = arrangeGroups(groups, separators, corrections, problems);
  problems.push(...characterProblems(finalGroups), ...nProblems(finalGroups));
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    return { status: 'invalid', problems, corrections, summary: `This is not a valid product key: ${problems[0]!.message}${more}` };
  }

  const key = finalGroups.map((g) => g.map((c) => c.ch).join('')).join('-');
  // Built from checked characters only, but this goes onto a command line: make sure.
  if (!PRODUCT_KEY_PATTERN.test(key)) throw new Error(`internal error: unsafe key ${JSON.stringify(key)}`);
  const fixed = corrections.length > 0 ? ` Corrected from what was pasted: ${corrections.map((c) => c.message).join('; ')}.` : '';
  const products = sortNewestFirst(entries.filter((e) => e.key === key));
  if (products.length > 0) {
    const names = joinWords(products.map((p) => p.product));
    return {
      status: 'setup-key', key, products, corrections,
      summary: `${key} is the KMS client setup key (GVLK) for ${names}.${fixed}`,
    };
  }
  return {
    status: 'not-a-setup-key', key, corrections,
    summary:
      `${key} is a well-formed product key, but not a KMS client setup key (GVLK) from Microsoft's list. ` +
      'It is probably a MAK or retail key, or a KMS host key (CSVLK). Only a setup key activates against a ' +
      'KMS host or Active Directory-based activation: to use KMS, install the setup key for this edition instead. ' +
      "(Microsoft's list has no setup key for a few products, e.g. Windows Server Annual Channel or Enterprise multi-session.)" +
      fixed,
  };
}

// Zero-width characters come along with text copied from web pages and chat; they are invisible, so
// removing them can't change what the technician meant.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/u;
// What people put (or paste) between the groups instead of a hyphen: blanks, dash look-alikes
// (en/em dash, minus sign, Unicode hyphens, the full-width hyphen of CJK input) and a few marks.
const SEPARATOR = /[\s\p{Pd}\u00AD\u2212\u2796\uFE63\uFF0D_.,/\\|]/u;

/** The pasted text without invisible characters, surrounding blanks or stray marks at either end,
 *  upper-cased; each repair is recorded. */
function cleanUp(raw: string, corrections: KeyCorrection[]): Char[] {
  let chars: Char[] = [];
  const invisible: Char[] = [];
  let offset = 0;
  for (const ch of raw) {
    (INVISIBLE.test(ch) ? invisible : chars).push({ ch, offset });
    offset += ch.length;
  }
  if (invisible.length > 0) {
    const names = [...new Set(invisible.map((c) => codePoint(c.ch)))].join(', ');
    corrections.push({ kind: 'invisible-character', message: `removed ${count(invisible.length, 'invisible character')} (${names})` });
  }

  const isBlank = (c: Char) => /\s/u.test(c.ch);
  const trimmed = trimWhile(chars, isBlank);
  if (trimmed.length !== chars.length) corrections.push({ kind: 'surrounding-space', message: 'removed blank space around the key' });
  chars = trimmed;

  // A full stop after a key copied out of a sentence, a hyphen left over from selecting: drop them.
  const isMark = (c: Char) => SEPARATOR.test(c.ch);
  const firstKept = chars.findIndex((c) => !isMark(c));
  const lastKept = chars.findLastIndex((c) => !isMark(c));
  const stray = firstKept < 0 ? chars : [...chars.slice(0, firstKept), ...chars.slice(lastKept + 1)];
  if (stray.length > 0 && firstKept >= 0) {
    const names = [...new Set(stray.map((c) => describeChar(c.ch)))];
    corrections.push({ kind: 'stray-character', message: `removed ${joinWords(names)} at the start or end` });
  }
  chars = firstKept < 0 ? [] : chars.slice(firstKept, lastKept + 1);

  const lower = chars.filter((c) => /[a-z]/.test(c.ch)).length;
  const letters = chars.filter((c) => /[a-zA-Z]/.test(c.ch)).length;
  if (lower > 0) {
    const who = lower === letters ? 'the letters were' : `${count(lower, 'letter')} ${lower === 1 ? 'was' : 'were'}`;
    corrections.push({ kind: 'lower-case', message: `${who} lower case (product keys are written in capitals)` });
  }
  // Only ASCII letters are upper-cased: toUpperCase on other scripts can change the length ("ß" → "SS").
  return chars.map((c) => ({ ...c, ch: c.ch.replace(/[a-z]/, (l) => l.toUpperCase()) }));
}

function trimWhile<T>(items: T[], test: (item: T) => boolean): T[] {
  const start = items.findIndex((i) => !test(i));
  if (start < 0) return [];
  return items.slice(start, items.findLastIndex((i) => !test(i)) + 1);
}

/** The runs of key characters, and the separator text between each pair of runs. */
function splitGroups(chars: Char[]): { groups: Char[][]; separators: string[] } {
  const groups: Char[][] = [[]];
  const separators: string[] = [];
  for (const c of chars) {
    if (SEPARATOR.test(c.ch)) {
      if (groups.at(-1)!.length > 0) {
        groups.push([]);
        separators.push('');
      }
      separators[separators.length - 1] += c.ch;
    } else {
      groups.at(-1)!.push(c);
    }
  }
  return { groups, separators };
}

/** Checks the 5×5 shape. Returns the groups of the key when the shape is right (or the only fix is
 *  adding missing hyphens); otherwise records problems and returns the groups as pasted. */
function arrangeGroups(groups: Char[][], separators: string[], corrections: KeyCorrection[], problems: KeyProblem[]): Char[][] {
  const lengths = groups.map((g) => g.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const regroupable = total === GROUPS * GROUP_LENGTH && lengths.every((l) => l % GROUP_LENGTH === 0);
  if (!regroupable) {
    problems.push(...shapeProblems(groups, total));
    return groups;
  }

  // The separators that were there, numbered by the group they follow in the 5×5 key.
  const present = new Map<number, string>();
  let end = 0;
  groups.slice(0, -1).forEach((g, i) => {
    end += g.length;
    present.set(end / GROUP_LENGTH, separators[i]!);
  });
  const missing = [1, 2, 3, 4].filter((n) => !present.has(n));
  if (missing.length === GROUPS - 1) {
    corrections.push({ kind: 'missing-separator', message: 'there were no hyphens between the groups' });
  } else if (missing.length > 0) {
    const which = joinWords(missing.map((n) => `group ${n}`));
    corrections.push({ kind: 'missing-separator', message: `the hyphen after ${which} was missing` });
  }
  corrections.push(...separatorCorrections(present));

  const all = groups.flat();
  return Array.from({ length: GROUPS }, (_, i) => all.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH));
}

function separatorCorrections(present: Map<number, string>): KeyCorrection[] {
  const wrong = [...present].filter(([, text]) => text !== '-');
  if (wrong.length === 0) return [];
  const texts = new Set(wrong.map(([, text]) => text));
  if (wrong.length === GROUPS - 1 && texts.size === 1) {
    return [{ kind: 'separator', message: `every separator was ${describeSeparator(wrong[0]![1])}, not a hyphen` }];
  }
  return wrong.map(([n, text]) => ({
    kind: 'separator' as const,
    message: `the ${ordinal(n)} separator was ${describeSeparator(text)}, not a hyphen`,
  }));
}

function shapeProblems(groups: Char[][], total: number): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const expected = GROUPS * GROUP_LENGTH;
  if (groups.length !== GROUPS) {
    let hint = '';
    const lacking = GROUPS - groups.length;
    if (lacking > 0 && groups.every((g) => g.length === GROUP_LENGTH)) hint = lacking === 1 ? ' — a whole group is missing' : ` — ${lacking} whole groups are missing`;
    else if (total === expected) hint = ' — the characters are all there but the hyphens are in the wrong places';
    problems.push({
      kind: 'group-count', count: groups.length,
      message: `the key has ${count(groups.length, 'group')} of characters (${total} characters in all); a product key has ${GROUPS} groups of ${GROUP_LENGTH} (${expected} characters)${hint}`,
    });
  }
  groups.forEach((g, i) => {
    if (g.length === GROUP_LENGTH) return;
    const text = g.map((c) => c.ch).join('');
    const hint = g.length > GROUP_LENGTH && g.length % GROUP_LENGTH === 0 ? ' — is a hyphen missing?' : '';
    problems.push({
      kind: 'group-length', group: i + 1, count: g.length, text,
      message: `group ${i + 1} (${text}) has ${count(g.length, 'character')}, not ${GROUP_LENGTH}${hint}`,
    });
  });
  return problems;
}

function characterProblems(groups: Char[][]): KeyProblem[] {
  const problems: KeyProblem[] = [];
  groups.forEach((g, gi) => g.forEach((c, ci) => {
    if (PRODUCT_KEY_ALPHABET.includes(c.ch)) return;
    problems.push({
      kind: 'character', group: gi + 1, position: ci + 1, character: c.ch, offset: c.offset,
      message: `the ${ordinal(ci + 1)} character of group ${gi + 1} is ${describeChar(c.ch)}: ${whyNotInKeys(c.ch)}`,
    });
  }));
  return problems;
}

// facts.md §2: a key uses the alphabet "plus at most one N". Every key we ship agrees (Windows 8 /
// Server 2012 and later: exactly one; Windows 7 / Server 2008 R2 and older: none), so two Ns mean
// a misread character even though each N on its own is a valid character.
function nProblems(groups: Char[][]): KeyProblem[] {
  const ns = groups.flatMap((g, gi) => g.flatMap((c, ci) => (c.ch === 'N' ? [{ gi, ci, c }] : [])));
  if (ns.length <= 1) return [];
  const where = joinWords(ns.map(({ gi, ci }) => `the ${ordinal(ci + 1)} character of group ${gi + 1}`));
  const second = ns[1]!;
  return [{
    kind: 'too-many-n', group: second.gi + 1, position: second.ci + 1, character: 'N', offset: second.c.offset, count: ns.length,
    message: `the key has ${ns.length} Ns (${where}), but a product key has at most one N, so one of them was misread or mistyped — compare each N with the source`,
  }];
}
