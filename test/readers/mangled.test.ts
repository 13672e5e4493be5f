// Real output arrives messy: CRLF, blank lines between lines, a console narrower than the
// output, prompts around it, colours, a byte-order mark, several outputs in one paste. Each
// real sample, mangled so, still reads as the same output with the same facts.

import { describe, expect, it } from 'vitest';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { MAX_CHUNKS } from '../../src/readers/split.js';
import { sample, sampleNames } from './fixtures.js';

/** A sample without its "# source:" line (fixture bookkeeping, not output). */
const clean = (name: string) => sample(name).split('\n').filter((l) => !l.startsWith('# source:')).join('\n');

/** Cuts every line at `width` columns, as a console of that width shows it. */
function narrowConsole(text: string, width: number): string {
  return text.split('\n').flatMap((line) => {
    const pieces: string[] = [];
    for (let at = 0; at < line.length; at += width) pieces.push(line.slice(at, at + width));
    return pieces.length > 0 ? pieces : [''];
  }).join('\n');
}

const MANGLERS: Record<string, (text: string) => string> = {
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'a blank line after every line': (t) => t.split('\n').join('\n\n'),
  'an 80-column console': (t) => narrowConsole(t, 80),
  'a byte-order mark and trailing spaces': (t) => `\uFEFF${t.split('\n').map((l) => `${l}   `).join('\n')}`,
  'colours (PowerShell 7 lists)': (t) => t.replace(/^(\w+)(\s*:)/gm, '\x1b[32;1m$1\x1b[0m$2'),
  'an empty prompt before and after': (t) => `PS C:\\Users\\tech>\n${t}\nPS C:\\Users\\tech>`,
};

describe('mangled samples read like the clean ones', () => {
  for (const name of sampleNames()) {
    const original = readOutput(clean(name));
    for (const [how, mangle] of Object.entries(MANGLERS)) {
      it(`${name} with ${how}`, () => {
        const mangled = readOutput(mangle(clean(name)));
        expect(mangled.kind).toBe(original.kind);
        expect(mangled.code).toBe(original.code);
        expect(mangled.facts).toEqual(original.facts);
      });
    }
  }
});

describe('several outputs in one paste', () => {
  const ORDER = [
    ['dli-kms-client-1.txt', 'slmgr-dli'],
    ['nslookup-srv-found-1.txt', 'nslookup-srv'],
    ['test-netconnection-1688-fail-1.txt', 'test-netconnection'],
    ['w32tm-stripchart-offset-1.txt', 'w32tm-stripchart'],
    ['event-12288-client-1.txt', 'event'],
    ['dli-kms-host-1.txt', 'slmgr-dli'],
  ] as const;

  it('gives one part per output, in order, each with its own facts', () => {
    const reading = readOutput(ORDER.map(([name]) => clean(name)).join('\n'));
    expect(reading.parts?.map((p) => p.kind)).toEqual(ORDER.map(([, kind]) => kind));
    ORDER.forEach(([name], i) => expect(reading.parts![i]!.facts).toEqual(readOutput(clean(name)).facts));
    // The merged facts keep the first output's value: the client's CMID, the host's count.
    expect(reading.facts.cmid).toBe('2ffcfc30-6a6a-49ec-92b8-f6150c7df211');
    expect(reading.facts.currentCount).toBe(2);
    expect(reading.code).toBe('0xC004F06C');
  });

  it('keeps events pasted one after another as one list', () => {
    const reading = readOutput(`${clean('event-12288-client-1.txt')}\n${clean('event-12290-host-1.txt')}`);
    expect(reading.kind).toBe('event');
    expect(reading.facts.events?.map((e) => e.id)).toEqual([12288, 12290]);
  });
});

describe('a paste of thousands of outputs', () => {
  it('reads at most MAX_CHUNKS outputs, the last holding the rest', () => {
    const one = clean('dli-kms-client-1.txt');
    const reading = readOutput(Array.from({ length: MAX_CHUNKS + 500 }, () => one).join('\n'));
    expect(reading.parts).toHaveLength(MAX_CHUNKS);
    expect(reading.parts![0]!.facts).toEqual(readOutput(one).facts);
    expect(reading.parts![MAX_CHUNKS - 1]!.kind).toBe('slmgr-dli');
  });
});
