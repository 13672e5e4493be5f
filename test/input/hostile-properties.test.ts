// Random text built from the hostile corpus, typed into every field: validation never throws,
// an accepted value holds only its field's allowed characters, and a refusal is safe to print
// (no control character, no ESC, no bidi control or zero-width character) and short.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onlyAllowed } from '../../src/input/allowed.js';
import { FIELDS } from '../../src/input/fields.js';
import { MESSAGE_COLUMNS, MESSAGE_ROWS, fitsMessage } from '../../src/input/message-fit.js';
import { HOSTILE, HOSTILE_ALPHABET, hasControl, hasInvisible } from '../support/hostile.js';

/** The longest refusal, in characters: two rows of 60 columns. */
const MAX_MESSAGE = MESSAGE_COLUMNS * MESSAGE_ROWS;

/** Strings of corpus characters, and mixtures of whole payloads with pieces of a valid value. */
function hostileText(samples: readonly string[]): fc.Arbitrary<string> {
  const char = fc.constantFrom(...HOSTILE_ALPHABET);
  const payload = fc.constantFrom(...HOSTILE.filter((p) => p.value.length < 600).map((p) => p.value));
  const piece = fc.constantFrom(...samples).chain((s) => fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]) => s.slice(Math.min(a, b), Math.max(a, b))));
  return fc.oneof(
    fc.array(char, { maxLength: 80 }).map((cs) => cs.join('')),
    fc.array(fc.oneof(payload, piece, char), { maxLength: 6 }).map((parts) => parts.join('')),
  );
}

describe.each(Object.keys(FIELDS))('%s, given random hostile text', (field) => {
  const spec = FIELDS[field]!;

  it('never throws, accepts only allowed characters, refuses safely and briefly', () => {
    fc.assert(
      fc.property(hostileText(spec.samples), (raw) => {
        const v = spec.validate(raw, {});
        if (v.ok) {
          for (const [name, value] of Object.entries(v.value)) {
            expect(spec.allowed[name], name).toBeDefined();
            expect(onlyAllowed(String(value), spec.allowed[name]!), `${name} = ${JSON.stringify(value)}`).toBe(true);
          }
          if (v.note !== undefined) expect(hasControl(v.note) || hasInvisible(v.note)).toBe(false);
          return;
        }
        expect(hasControl(v.message) || hasInvisible(v.message), JSON.stringify(v.message)).toBe(false);
        expect(v.message.length, v.message).toBeLessThanOrEqual(MAX_MESSAGE);
        expect(fitsMessage(v.message), v.message).toBe(true);
      }),
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 300) },
    );
  });
});
