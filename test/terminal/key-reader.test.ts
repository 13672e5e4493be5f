// The key reader: every burst, split and paste a terminal can deliver becomes the keys a
// person pressed, in order.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createKeyReader } from '../../src/terminal/key-reader.js';
import type { Key } from '../../src/terminal/keys.js';

const read = (...chunks: string[]): Key[] => {
  const reader = createKeyReader();
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.flush()];
};
const enter: Key = { kind: 'named', name: 'enter' };
const down: Key = { kind: 'named', name: 'down' };
const esc: Key = { kind: 'named', name: 'escape' };

describe('key reader', () => {
  it('splits a burst of Enter, a typed code and Enter into three keys', () => {
    expect(read('\r0xC004F074\r')).toEqual([enter, { kind: 'text', text: '0xC004F074' }, enter]);
  });

  it('reads Down Down Down Enter in one chunk as four keys', () => {
    expect(read('\u001B[B\u001B[B\u001B[B\r')).toEqual([down, down, down, enter]);
  });

  it('reads Esc Esc as two escapes', () => {
    expect(read('\u001B\u001B')).toEqual([esc, esc]);
  });

  it('keeps editing keys apart from text: abc ← x, ab ⌫ c', () => {
    expect(read('abc\u001B[Dx')).toEqual([{ kind: 'text', text: 'abc' }, { kind: 'named', name: 'left' }, { kind: 'text', text: 'x' }]);
    expect(read('ab\u007Fc')).toEqual([{ kind: 'text', text: 'ab' }, { kind: 'named', name: 'backspace' }, { kind: 'text', text: 'c' }]);
  });

  it('reads a typed answer, Enter and the next choice in one chunk', () => {
    expect(read('corp.contoso.com\r\u001B[B\r')).toEqual([{ kind: 'text', text: 'corp.contoso.com' }, enter, down, enter]);
  });

  it('joins a key split across two reads', () => {
    expect(read('\u001B', '[B')).toEqual([down]);
    expect(read('\u001B[1;', '5A')).toEqual([{ kind: 'named', name: 'up', ctrl: true }]);
  });

  it('ignores sequences it has no use for: Ctrl+F1, colours, OSC, focus, C1 controls', () => {
    for (const seq of ['\u001B[1;5P', '\u001B[31m', '\u001B]52;c;aGk=\u0007', '\u001B[I', '\u001BOP', '\u009D', '\u001B[<0;3;4M']) {
      const keys = read(seq);
      expect(keys.every((k) => k.kind === 'ignored'), JSON.stringify(seq)).toBe(true);
    }
  });

  it('reads Ctrl letters, Tab, Shift+Tab, Home/End and Delete in their common encodings', () => {
    expect(read('\u0015\u0017\u0001\u0005\u000C')).toEqual(['u', 'w', 'a', 'e', 'l'].map((letter) => ({ kind: 'ctrl', letter })));
    expect(read('\t\u001B[Z')).toEqual([{ kind: 'named', name: 'tab' }, { kind: 'named', name: 'backtab' }]);
    expect(read('\u001B[H\u001B[F\u001B[1~\u001B[4~\u001BOH\u001B[3~')).toEqual(
      ['home', 'end', 'home', 'end', 'home', 'delete'].map((name) => ({ kind: 'named', name })),
    );
    expect(read('\u001BOA')).toEqual([{ kind: 'named', name: 'up' }]);
  });

  it('treats Alt+letter as one ignored key, not Esc then the letter', () => {
    expect(read('\u001Bq')).toEqual([{ kind: 'ignored', sequence: '\u001Bq' }]);
  });

  it('delivers a bracketed paste whole, line breaks included, even split across reads', () => {
    const keys = read('\u001B[200~Error: 0x8007232B\r\nDNS na', 'me does not exist\r\n\u001B[20', '1~\r');
    expect(keys).toEqual([{ kind: 'paste', text: 'Error: 0x8007232B\r\nDNS name does not exist\r\n' }, enter]);
  });

  it('keeps escape sequences inside a paste as pasted text, never as keys', () => {
    expect(read('\u001B[200~a\u001B[31mb\u001B[201~')).toEqual([{ kind: 'paste', text: 'a\u001B[31mb' }]);
  });

  it('reads a multi-line chunk without escape sequences as a paste', () => {
    const chunk = 'Name: Windows(R), ServerStandard edition\r\nLicense Status: Notification\r\nNotification Reason: 0xC004F00F.\r\n';
    expect(read(chunk)).toEqual([{ kind: 'paste', text: chunk }]);
  });

  // The cap written out (1 000 000 characters), not read from the constant under test: at the cap
  // nothing is dropped, one past it one character is, whether bracketed or one unbracketed chunk.
  it.each([
    ['bracketed', 1_000_000, 0],
    ['bracketed', 1_000_001, 1],
    ['bracketed', 1_000_010, 10],
    ['bracketed, in two pieces', 1_000_001, 1],
    ['one multi-line chunk', 1_000_000, 0],
    ['one multi-line chunk', 1_000_001, 1],
  ])('caps a paste (%s) of %i characters at 1 000 000 and counts the %i dropped', (how, size, dropped) => {
    const text = 'x\n'.repeat(size / 2) + 'y'.repeat(size % 2);
    const keys = how.startsWith('bracketed')
      ? how.endsWith('pieces') ? read(`\u001B[200~${text.slice(0, 400_000)}`, `${text.slice(400_000)}\u001B[201~`) : read(`\u001B[200~${text}\u001B[201~`)
      : read(text);
    expect(keys).toEqual([{ kind: 'paste', text: text.slice(0, 1_000_000), ...(dropped ? { dropped } : {}) }]);
  });

  it('delivers an unfinished paste when flushed', () => {
    expect(read('\u001B[200~half a paste')).toEqual([{ kind: 'paste', text: 'half a paste' }]);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 8 }), (chunks) => {
        read(...chunks);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same keys however a stream of keys is cut into reads', () => {
    const keyBytes = fc.constantFrom('a', 'q', '0', ' ', '\r', '\u007F', '\t', '\u001B[A', '\u001B[B', '\u001B[D', '\u001B[1;5C', '\u001BOB', '\u0015', '\u001B[3~', 'é', '\u001B[200~x\ry\u001B[201~',
      '😀', '𝐀', '👩\u200D💻', 'q\u0301', '\u0301', '🇫🇷');
    fc.assert(
      fc.property(fc.array(keyBytes, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), (keys, cuts) => {
        const stream = keys.join('');
        const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points, stream.length].slice(1).map((end, i, all) => stream.slice(i === 0 ? 0 : all[i - 1], end));
        // Whole chunks of several typed lines would read as a paste; compare only runs where no chunk can.
        const couldBePaste = (c: string) => !c.includes('\u001B') && (c.match(/\r/g)?.length ?? 0) >= 2;
        if (couldBePaste(stream) || chunks.some(couldBePaste)) return;
        const merge = (ks: Key[]) => ks.reduce<Key[]>((out, k) => {
          const last = out.at(-1);
          if (k.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + k.text };
          else out.push(k);
          return out;
        }, []);
        expect(merge(read(...chunks))).toEqual(merge(read(stream)));
      }),
      { numRuns: 3000 },
    );
  });
});
