// findCodes looks at a bounded window before each code (so a 1 MB line takes a fraction of a
// second instead of 16 s). This checks it finds exactly what the earlier, whole-line version
// found, on random text made of the pieces that matter: labels, codes, separators, newlines.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCodes, formatCode, type FoundCode } from '../../src/codes/normalize.js';

// The earlier implementation, kept here as the reference (its label test rescanned the line).
const HEX = /(?<![0-9A-Za-z_])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Za-z_])/g;
const BARE = /(?<![0-9A-Za-z_-])([89A-Fa-f][0-9A-Fa-f]{7})(?![0-9A-Za-z_-])/g;
const DECIMAL = /(?<![0-9A-Za-z_.-])(-\d{7,10}|\d{10})(?![0-9A-Za-z_.-]|-\d)/g;
const LABEL = /(error|erreur|fehler|errore|錯誤|错误|エラー|오류|notification reason)[^\n]{0,12}$/i;

function referenceFindCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  const labelled = (index: number) => LABEL.test(text.slice(text.lastIndexOf('\n', index - 1) + 1, index));
  const push = (value: number, form: FoundCode['form'], index: number) => {
    if ((value & 0x8000_0000) === 0) return;
    found.push({ code: formatCode(value), form, index, labelled: labelled(index) });
  };
  for (const m of text.matchAll(HEX)) push(parseInt(m[1]!, 16), 'hex', m.index);
  for (const m of text.matchAll(BARE)) if (/\d/.test(m[1]!)) push(parseInt(m[1]!, 16), 'bare-hex', m.index);
  for (const m of text.matchAll(DECIMAL)) {
    const n = Number(m[1]!);
    const value = n < 0 && n >= -0x8000_0000 ? n >>> 0 : n >= 0x8000_0000 && n <= 0xffff_ffff ? n : undefined;
    if (Number.isSafeInteger(n) && value !== undefined) push(value, 'decimal', m.index);
  }
  found.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.code) && seen.add(f.code));
}

const piece = fc.constantFrom(
  'Error: ', 'error code ', 'Notification Reason: ', 'Fehler: ', '错误：', 'ERROR', ' ', '  ', '\n', ':', '-', '.', 'x',
  '0xC004F074', '0x8007232B', 'C004F074', '8007232b', '-1073418124', '3221549172', '0x00000000', 'de32eafd-aaee-4662-9444-c1befb41bde2',
  'some words here', 'a much longer stretch of ordinary words between',
);

describe('findCodes', () => {
  it('finds what the whole-line version found, in the same order, labels included', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect(findCodes(text)).toEqual(referenceFindCodes(text));
    }), { numRuns: 3_000 });
  });

  it('keeps one entry per distinct code however many times it appears', () => {
    expect(findCodes('Error: 0xC004F074 '.repeat(10_000))).toEqual([{ code: '0xC004F074', form: 'hex', index: 7, labelled: true }]);
  });
});
