// The fast path of text measuring (src/terminal/fast-width.ts) agrees with string-width, for
// every string-width version the bundle holds: on every character it answers for, alone and
// in random strings with colour codes, and it leaves everything else to string-width.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import stringWidth8 from 'string-width';
// wrap-ansi (Ink's text wrapping) has its own, older string-width; the build puts the same
// fast path in front of it.
import stringWidth7 from '../../node_modules/wrap-ansi/node_modules/string-width/index.js';
import { coveredCodePoints, plainWidth, withFastPath, type StringWidth } from '../../src/terminal/fast-width.js';

const VERSIONS: [string, StringWidth][] = [
  ['string-width 8', stringWidth8],
  ['string-width 7 (wrap-ansi)', stringWidth7 as StringWidth],
];

const covered = coveredCodePoints().map((c) => String.fromCharCode(c));
const sgr = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }).map((ps) => `\u001B[${ps.join(';')}m`);
const plainText = fc.array(fc.oneof(fc.constantFrom(...covered), sgr), { maxLength: 60 }).map((parts) => parts.join(''));
// Anything at all, with the characters that make string-width work hardest mixed in.
const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...covered), sgr, fc.constantFrom('\u0301', '\u200D', '👍', '中', '\u00AD', '\u001B]8;;x\u0007', '\t', '\n', '\u009B31m')), { maxLength: 20 })
  .map((parts) => parts.join(''));

describe.each(VERSIONS)('the fast path agrees with %s', (_name, real) => {
  const fast = withFastPath(real);

  it('on every covered character alone', () => {
    const differing = covered.filter((ch) => fast(ch) !== real(ch) || plainWidth(ch) !== 1);
    expect(differing.map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
  });

  it('on random strings of covered characters and colour codes', () => {
    fc.assert(fc.property(plainText, (text) => {
      expect(plainWidth(text)).toBeGreaterThanOrEqual(0); // the fast path answers these itself
      expect(fast(text)).toBe(real(text));
    }), { numRuns: 2_000 });
  });

  it('on random strings of anything (falling back where it must)', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(fast(text)).toBe(real(text));
    }), { numRuns: 2_000 });
  });

  it('passes options and non-strings to string-width', () => {
    expect(fast('abc', { countAnsiEscapeCodes: true })).toBe(real('abc', { countAnsiEscapeCodes: true }));
    expect(fast('\u001B[31mab', { countAnsiEscapeCodes: true })).toBe(real('\u001B[31mab', { countAnsiEscapeCodes: true }));
    expect(fast(undefined as unknown as string)).toBe(0);
  });
});

describe('what the fast path leaves to string-width', () => {
  it.each([['中文', 'wide'], ['e\u0301', 'a combining mark'], ['👍', 'an emoji'], ['a\tb', 'a tab'], ['\u001B]8;;http://x\u0007link', 'a hyperlink escape'], ['\u00AD', 'a soft hyphen'], ['©', 'an emoji to string-width 7']])(
    '%s (%s)',
    (text) => expect(plainWidth(text)).toBe(-1),
  );
});
