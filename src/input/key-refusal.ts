// The refusal of a pasted product key, in at most two lines: the first thing wrong, in words a
// technician can act on, with the character named safely. The key checker (src/keys/check.ts)
// finds the problems; its longer sentences serve the `keys` command, which has the room.

import type { SetupKeyEntry } from '../catalog/schema.js';
import type { KeyCheck, KeyProblem } from '../keys/check.js';
import { ordinal } from '../keys/key-wording.js';
import { productNames } from '../keys/key-answers.js';
import { nameOf } from './bad-characters.js';
import { showsAsItself } from './char-names.js';
import { firstFitting } from './message-fit.js';

const NOT_A_KEY = 'That is not a product key:';

/** Why a character is not in product keys, briefly, with the slip it usually is. */
function whyNot(ch: string): string {
  switch (ch) {
    case 'O': case '0': return 'keys have no O and no 0';
    case '1': case 'I': case 'L': return 'keys have no 1, I or L';
    case '5': case 'S': return 'keys have no 5 and no S';
    case 'Z': return 'keys have no Z (is it a 2?)';
    case 'A': case 'E': case 'U': return 'keys have no vowels';
    default: return /\p{L}/u.test(ch) ? 'keys use only plain capital letters' : 'keys use only letters, digits and hyphens';
  }
}

/** The first problem, in a few words. */
function problemWords(p: KeyProblem): string {
  switch (p.kind) {
    case 'character':
      return `the ${ordinal(p.position!)} character of group ${p.group} is ${nameOf(p.character!)}; ${whyNot(p.character!)}`;
    case 'group-length': {
      // The group's characters help find it, when they are few and all show as themselves.
      const text = p.text !== undefined && p.text.length <= 10 && [...p.text].every(showsAsItself) ? ` (${p.text})` : '';
      return `group ${p.group}${text} has ${p.count} characters, not 5${p.count! % 5 === 0 ? ' (is a hyphen missing?)' : ''}`;
    }
    case 'group-count':
      return `it has ${p.count} groups of characters; a key has 5 groups of 5`;
    case 'too-many-n':
      return `it has ${p.count} Ns, but a key has at most one; compare each N with the source`;
    default:
      return p.message;
  }
}

/** Why a pasted text is not a product key, with what to do (for an invalid check). */
export function keyRefusal(check: Extract<KeyCheck, { status: 'invalid' }>): string {
  const [first, ...rest] = check.problems;
  if (!first || first.kind === 'empty') return 'Type or paste the key: five groups of five characters, like NPPR9-FWDCX-D2C8J-H872K-2YT43.';
  const more = rest.length > 0 ? ` (${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const message = `${NOT_A_KEY} ${problemWords(first)}.`;
  // A character whose name takes many words (U+FE0F (variation selector)) leaves no room for why.
  const named = first.kind === 'character' ? [`${NOT_A_KEY} the ${ordinal(first.position!)} character of group ${first.group} is ${nameOf(first.character!)}.`] : [];
  return firstFitting(message + more, message, ...named);
}

/** The refusal when a public setup key is typed where the organisation's own key belongs. */
export function setupKeyRefusal(key: string, products: readonly SetupKeyEntry[], wanted: 'MAK' | 'KMS host key (CSVLK)'): string {
  const names = productNames(products);
  const first = `${products[0]?.product ?? 'Windows'}${products.length > 1 ? ' and others' : ''}`;
  // The key is in the field right above; the message names it while there is room.
  return firstFitting(
    `${key} is the public KMS client setup key for ${names}, not a ${wanted}. Type your organisation's own key.`,
    `${key} is the public KMS client setup key for ${names}, not a ${wanted}.`,
    `This is the public KMS client setup key for ${names}, not a ${wanted}.`,
    `This is the public KMS client setup key for ${first}, not a ${wanted}.`,
  );
}
