// How refusals speak of what was typed: characters by name or code point, a long value by a short
// quotation and its length, and never more than two rows of 60 columns.

import { describe, expect, it } from 'vitest';
import {
  composeWithNames, composeWithQuote, describeBadCharacters, nameOf, quote, safeMessage,
} from '../../src/input/bad-characters.js';
import { firstFitting, fitsMessage, rowsAt } from '../../src/input/message-fit.js';
import { screen, tooLongMessage } from '../../src/input/guard.js';

describe('nameOf', () => {
  it.each([
    ['a space', ' '],
    ['a tab', '\t'],
    ['a line break', '\r'],
    ['";"', ';'],
    ['U+0000 (NUL)', '\u0000'],
    ['U+0007 (BEL)', '\u0007'],
    ['U+001B (ESC)', '\u001B'],
    ['U+007F (DEL)', '\u007F'],
    ['U+009B (CSI)', '\u009B'],
    ['U+0301 (combining acute)', '\u0301'],
    ['U+200B (zero-width space)', '\u200B'],
    ['U+202E (right-to-left override)', '\u202E'],
    ['U+2066 (left-to-right isolate)', '\u2066'],
    ['U+00A0 (no-break space)', '\u00A0'],
    ['U+E000', '\uE000'],
    ['U+D800', '\uD800'],
    ['"а" (U+0430)', '\u0430'],
    ['"–" (U+2013)', '\u2013'],
    ['"💣" (U+1F4A3)', '\u{1F4A3}'],
  ])('names it %s', (name, ch) => {
    expect(nameOf(ch)).toBe(name);
  });
});

describe('describeBadCharacters', () => {
  it('names each wrong character once, CR and LF as one line break, three at most', () => {
    expect(describeBadCharacters('a;b;c', /[a-z]/)).toBe('";"');
    expect(describeBadCharacters('a\r\nb', /[a-z]/)).toBe('a line break');
    expect(describeBadCharacters('a;b&c|d^e', /[a-z]/)).toBe('";", "&", "|" and 1 more');
  });
});

describe('composeWithNames', () => {
  it('names fewer characters, then one, then only counts them, to keep within two rows', () => {
    const chars = ['\u202E', '\u202C', '\u2066', '\u2069'];
    expect(composeWithNames(['\u0007', '\u001B', '\u0000', '\u007F'], (n) => `Remove ${n}.`)).toBe('Remove U+0007 (BEL), U+001B (ESC), U+0000 (NUL) and 1 more.');
    expect(composeWithNames(chars, (n) => `Remove ${n}.`)).toBe('Remove U+202E (right-to-left override), U+202C (pop directional formatting) and 2 more.');
    expect(composeWithNames(chars, (n) => `${'word '.repeat(11)}contains ${n}.`)).toBe(`${'word '.repeat(11)}contains U+202E (right-to-left override) and 3 more.`);
    expect(composeWithNames(chars, (n) => `${'word '.repeat(14)}contains ${n}.`)).toBe(`${'word '.repeat(14)}contains U+202E (right-to-left override).`);
    expect(composeWithNames(chars, (n) => `${'word '.repeat(17)}contains ${n}.`)).toBe(`${'word '.repeat(17)}contains 4 characters it cannot take.`);
  });
});

describe('quote', () => {
  it('quotes short visible text as it is', () => {
    expect(quote('kms01 & calc')).toBe('"kms01 & calc"');
  });

  it('quotes the start of long text, with its length', () => {
    const paste = 'x'.repeat(538);
    expect(quote(paste)).toBe(`"${'x'.repeat(29)}…" (538 characters)`);
    expect(quote('y'.repeat(10_000), 12)).toBe(`"${'y'.repeat(11)}…" (10000 characters)`);
  });

  it('writes characters that would not show as themselves by code point', () => {
    expect(quote('e\u0301x')).toBe('"e<U+0301>x"');
    expect(quote('\u001B[31mred')).toBe('"<U+001B>[31mred"');
  });

  it('counts wide characters as two columns', () => {
    expect(quote('漢'.repeat(40))).toBe(`"${'漢'.repeat(14)}…" (40 characters)`);
  });
});

describe('composeWithQuote', () => {
  it('shortens the quotation until the message fits two rows', () => {
    const message = composeWithQuote('z'.repeat(500), (q) => `${'filler '.repeat(10)}${q} is wrong.`);
    expect(fitsMessage(message)).toBe(true);
    expect(message).toContain('(500 characters)');
  });
});

describe('safeMessage', () => {
  it('replaces whatever would not show as itself', () => {
    expect(safeMessage('a\u001B[2Jb\u202Ec\u0301')).toBe('a<U+001B>[2Jb<U+202E>c<U+0301>');
    expect(safeMessage('plain "text" (U+00E9) é')).toBe('plain "text" (U+00E9) é');
  });
});

describe('rowsAt and firstFitting', () => {
  it('wraps at spaces like Ink, breaking a word wider than the row', () => {
    expect(rowsAt('a'.repeat(60), 60)).toBe(1);
    expect(rowsAt(`${'a'.repeat(60)} b`, 60)).toBe(2);
    expect(rowsAt('a'.repeat(121), 60)).toBe(3);
    expect(rowsAt('漢'.repeat(31), 60)).toBe(2);
  });

  it('takes the first message that fits, else the last', () => {
    expect(firstFitting('x'.repeat(200), 'short')).toBe('short');
    expect(firstFitting('x'.repeat(200), 'y'.repeat(200))).toBe('y'.repeat(200));
  });
});

describe('screen', () => {
  const spec = { maxLength: 10 };

  it('refuses text longer than the field takes, in the words the input layer uses', () => {
    expect(screen('x'.repeat(11), spec)).toEqual({ ok: false, message: tooLongMessage(10, 11) });
    expect(tooLongMessage(253, 538)).toBe('That is 538 characters; this field takes at most 253.');
  });

  it('refuses control and bidi characters, naming them, but lets tab and line breaks through', () => {
    expect(screen('a\u0007b\u202E', spec)).toEqual({ ok: false, message: 'Remove the control or invisible characters: U+0007 (BEL) and U+202E (right-to-left override).' });
    expect(screen('a\tb\r\n', spec)).toEqual({ ok: true, value: 'a\tb\r\n' });
  });

  it('folds what it lets through', () => {
    expect(screen('\uFF11\uFF16\uFF18\uFF18', spec)).toEqual({ ok: true, value: '1688' });
    expect(screen('\u200Bkms\u00AD01', { ...spec, fold: 'name' })).toEqual({ ok: true, value: 'kms01' });
  });
});
