// The grapheme segmenter stand-in gives exactly what Intl.Segmenter gives: segments, indexes
// and containing(), on plain text with controls and colour codes, and on anything else.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastGraphemeSegmenter, isUnitSegmented } from '../../src/terminal/fast-graphemes.js';
import { coveredCodePoints } from '../../src/terminal/fast-width.js';

const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const fast = fastGraphemeSegmenter();
const plain = [...coveredCodePoints().map((c) => String.fromCharCode(c)), '\u001B', '\u0007', '\n', '\t', '\u007F', '\u009B'];
const plainText = fc.array(fc.constantFrom(...plain, '\u001B[31m', '\u001B]8;;x\u0007'), { maxLength: 50 }).map((p) => p.join(''));
const anyText = fc.array(fc.oneof(fc.constantFrom(...plain), fc.string({ unit: 'grapheme' }), fc.constantFrom('\r\n', '\r', 'e\u0301', '👍🏽', '🇫🇷', '\u200D', '中')), { maxLength: 20 }).map((p) => p.join(''));

const view = (segments: Iterable<Intl.SegmentData | { segment: string; index: number }>) => [...segments].map((s) => [s.segment, s.index]);

function expectSame(text: string): void {
  expect(view(fast.segment(text))).toEqual(view(real.segment(text)));
  for (let i = -1; i <= text.length; i++) {
    const a = fast.segment(text).containing(i);
    const b = real.segment(text).containing(i);
    expect(a && [a.segment, a.index], `containing(${i})`).toEqual(b && [b.segment, b.index]);
  }
}

describe('fastGraphemeSegmenter', () => {
  it('segments plain text, controls and colour codes per unit, as Intl does', () => {
    fc.assert(fc.property(plainText, (text) => {
      expect(isUnitSegmented(text)).toBe(true);
      expectSame(text);
    }), { numRuns: 1_000 });
  });

  it('gives Intl\'s answer for anything else', () => {
    fc.assert(fc.property(anyText, (text) => {
      expectSame(text);
    }), { numRuns: 1_000 });
  });

  it('does not take CR LF, combining marks or emoji for unit-segmented text', () => {
    for (const text of ['a\r\nb', 'e\u0301', '👍', 'a\u200Db', '\u00AD']) expect(isUnitSegmented(text)).toBe(false);
  });
});
