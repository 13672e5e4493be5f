// Typed fields of the keys flows: product keys (any, a MAK, a KMS host key), the words of a
// setup-key search and the confirmation ID of phone activation. Keys go through the product-key
// checker, so a slip (en dash, spaces, lower case) is repaired and named, and anything else is
// refused with the exact reason; only the corrected key is stored.

import { getCatalog } from '../catalog/catalog.js';
import { checkProductKey } from '../keys/check.js';
import { checkConfirmationId } from '../keys/confirmation-id.js';
import { correctionNote, productNames } from '../keys/key-answers.js';
import { searchKeys, searchTokens } from '../keys/search.js';
import { DIGIT_CHAR, KEY_CHAR, PROSE_CHAR, QUERY_CHAR, WORDS_CHAR } from './allowed.js';
import { composeWithQuote, refuseCharacters } from './bad-characters.js';
import { firstFitting } from './message-fit.js';
import type { FieldSpec } from './field-spec.js';
import { keyRefusal, setupKeyRefusal } from './key-refusal.js';

const KEY_EXAMPLE = 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX';

// Samples for the graph tests: a setup key, a well-formed key in no table, and a pasted setup
// key with en dashes (repaired). The made-up keys activate nothing.
const SETUP_KEY = 'W269N-WFGWX-YVC9B-4J6C9-T83GX';
const OWN_KEY = 'BCDFG-HJKMP-QRTVW-XY234-6789B';
const EN_DASHED = SETUP_KEY.replaceAll('-', '\u2013');

const check = (raw: string) => checkProductKey(raw, getCatalog().keys);

/** A key pasted with some room around it (a label before it, blanks, a full stop after it). */
const KEY_MAX = 64;

/** Fields the keys flows ask for. */
export const KEY_FIELDS: Record<string, FieldSpec> = {
  productKey: {
    label: 'Product key',
    example: KEY_EXAMPLE,
    validate: (raw) => {
      const c = check(raw);
      if (c.status === 'invalid') return { ok: false, message: keyRefusal(c) };
      return {
        ok: true,
        value: {
          productKey: c.key,
          keyStatus: c.status,
          keyProducts: c.status === 'setup-key' ? productNames(c.products) : '',
          keyFixedNote: correctionNote(c),
        },
      };
    },
    maxLength: KEY_MAX,
    allowed: { productKey: KEY_CHAR, keyStatus: WORDS_CHAR, keyProducts: PROSE_CHAR, keyFixedNote: PROSE_CHAR },
    fold: 'key',
    samples: [SETUP_KEY, OWN_KEY, EN_DASHED],
  },
  makKey: {
    label: 'MAK',
    example: KEY_EXAMPLE,
    validate: (raw) => {
      const c = check(raw);
      if (c.status === 'invalid') return { ok: false, message: keyRefusal(c) };
      if (c.status === 'setup-key') return { ok: false, message: setupKeyRefusal(c.key, c.products, 'MAK') };
      return { ok: true, value: { makKey: c.key, productKey: c.key, keyFixedNote: correctionNote(c) } };
    },
    maxLength: KEY_MAX,
    allowed: { makKey: KEY_CHAR, productKey: KEY_CHAR, keyFixedNote: PROSE_CHAR },
    fold: 'key',
    samples: [OWN_KEY],
    placeholder: '<mak>',
  },
  hostKey: {
    label: 'KMS host key (CSVLK)',
    example: KEY_EXAMPLE,
    validate: (raw) => {
      const c = check(raw);
      if (c.status === 'invalid') return { ok: false, message: keyRefusal(c) };
      if (c.status === 'setup-key') return { ok: false, message: setupKeyRefusal(c.key, c.products, 'KMS host key (CSVLK)') };
      return { ok: true, value: { hostKey: c.key, hostKeyFixedNote: correctionNote(c) } };
    },
    maxLength: KEY_MAX,
    allowed: { hostKey: KEY_CHAR, hostKeyFixedNote: PROSE_CHAR },
    fold: 'key',
    samples: ['XY234-BCDFG-6789B-HJKMP-QRTVW'],
    placeholder: '<kms-host-key>',
  },
  keyQuery: {
    label: 'Windows version and edition',
    example: 'server 2022 std',
    validate: (raw) => {
      const text = raw.trim().replace(/\s+/g, ' ');
      if (searchTokens(text).length === 0) {
        return { ok: false, message: 'Type the Windows version and edition in a few words, e.g. server 2022 std, win 11 enterprise n.' };
      }
      const bad = refuseCharacters(text, QUERY_CHAR, (names) => `Type the version and edition in letters and digits; this contains ${names}.`);
      if (bad) return { ok: false, message: bad };
      const found = searchKeys(text, getCatalog().keys);
      if (found.length > 0) return { ok: true, value: { keyQuery: text, keyMatches: found.length } };
      return { ok: false, message: noMatch(text) };
    },
    maxLength: 100,
    allowed: { keyQuery: QUERY_CHAR, keyMatches: DIGIT_CHAR },
    samples: ['server 2022 std', 'win 11 pro'],
  },
  confirmationId: {
    label: 'Confirmation ID',
    example: '123456-123456-123456-123456-123456-123456-123456-123456',
    validate: (raw) => {
      const c = checkConfirmationId(raw);
      return c.ok ? { ok: true, value: { confirmationId: c.digits } } : c;
    },
    // 48 digits with a blank or hyphen between each pair of groups, and room to spare.
    maxLength: 128,
    allowed: { confirmationId: DIGIT_CHAR },
    samples: ['112233-445566-778899-001122-334455-667788-990011-223344'],
  },
};

/** Why nothing matched, naming the words that match nothing on their own. */
function noMatch(text: string): string {
  const keys = getCatalog().keys;
  const lost = text.split(' ').filter((word) => searchTokens(word).length > 0 && searchKeys(word, keys).length === 0);
  if (lost.length > 0) {
    return composeWithQuote(lost.join(' '), (words) => composeWithQuote(text, (q) =>
      firstFitting(`No setup key matches ${q}. Nothing matches ${words}. Try fewer words.`, `No setup key matches ${q}. Nothing matches ${words}.`)));
  }
  return composeWithQuote(text, (q) => `No setup key matches ${q}. Try fewer words (server 2022, win 11 pro), or Esc to pick from a list.`);
}
