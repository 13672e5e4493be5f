// A reader never throws, whatever it is given, and reads a megabyte without trouble (its speed
// is measured outside the unit tests). The answer rules never throw on what the readers make.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_RULES } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { outputsOf, READING_KINDS } from '../../src/readers/reading.js';
import { sample, sampleNames, variant, variantNames } from './fixtures.js';

const ALL_TEXTS = [...sampleNames().map(sample), ...variantNames().map(variant)];

// Pieces real output is made of, so random text reaches the readers' deeper paths.
const TOKENS = [
  'Name:', 'Description:', 'VOLUME_KMSCLIENT channel', 'VOLUME_KMS_C', 'License Status:', 'Licensed', 'Notification Reason:',
  '0xC004F074', '0x0', '0x', 'Error:', 'Client Machine ID (CMID):', '5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10',
  '55c92734-d682-4d71-983e-d6ec3f16059f', 'kms01.corp.contoso.com:1688', ':1688', '[10.0.0.1:123]', 'Tracking', '14:22:58,',
  '+00.1s', 'd:+0.1s o:-5.5s', 'error: 0x800705B4', 'Server:', 'Address:', 'SRV service location:', 'priority =', 'port =',
  'svr hostname =', "can't find", 'Non-existent domain', 'TcpTestSucceeded :', 'True', 'False', 'RemotePort :', 'WARNING:',
  'Event ID:', '12288', '12289', '12290', '12293', 'Info:', 'TimeCreated :', 'Id :', 'Message :', '----', 'Name Type TTL',
  'NameTarget', '{', '}', '"KmsDoctorCollect": 1', '"Events": [', ']', '<EventID>12288</EventID>', '<Data>', 'Source:',
  'Local CMOS Clock', 'Current count:', 'Listening on Port:', 'PS C:\\>', 'C:\\>', '> ', '\t', '\r\n', '\n', '\n\n', ' ', '  ',
  ',', ':', '=', '"', '\'', '…', '...', '\u001b[32m', '\uFEFF', '\u0000', 'é', '错误:',
];

const tokenText = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 200 }).map((t) => t.join(''));

function readAndAnswer(text: string): void {
  const reading = readOutput(text);
  expect(READING_KINDS).toContain(reading.kind);
  const outputs = outputsOf(reading);
  for (const rule of Object.values(ANSWER_RULES)) rule(outputs, { domain: 'corp.contoso.com', kmsHost: 'kms01', port: 1688 });
}

describe('readers never throw', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (t) => readAndAnswer(t)), { numRuns: 300 });
  });

  it('on random binary-ish text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (t) => readAndAnswer(t)), { numRuns: 200 });
  });

  it('on text made of the pieces real output has', () => {
    fc.assert(fc.property(tokenText, (t) => readAndAnswer(t)), { numRuns: 500 });
  });

  it('on real outputs with random cuts, insertions and repeats', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })));
    fc.assert(fc.property(fc.constantFrom(...ALL_TEXTS), fc.array(edit, { maxLength: 12 }), (text, edits) => {
      let t = text;
      for (const [at, cut, insert] of edits) {
        const i = at % (t.length + 1);
        t = t.slice(0, i) + insert + t.slice(i + cut);
      }
      readAndAnswer(t);
    }), { numRuns: 400 });
  });

  it('on collected JSON with values of any type', () => {
    const collected = fc.dictionary(fc.constantFrom('Side', 'ComputerName', 'Product', 'Service', 'Srv', 'Tcp', 'Events', 'W32tm', 'UtcTime', 'LookupDomain'), fc.jsonValue());
    fc.assert(fc.property(collected, (c) => readAndAnswer(JSON.stringify({ KmsDoctorCollect: 1, ...c }))), { numRuns: 300 });
  });

  it('on a megabyte of pasted output and noise', () => {
    const pieces = [...ALL_TEXTS, 'x'.repeat(5000), `${'0xC004F074, '.repeat(400)}\n`, `${'-'.repeat(300)}\n`, `${'a: '.repeat(2000)}\n`];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${pieces[i % pieces.length]}\n`;
    const reading = readOutput(text);
    expect(reading.parts!.length).toBeGreaterThan(100);
    const oneLine = readOutput('y'.repeat(1_000_000));
    expect(oneLine).toEqual({ kind: 'unknown', facts: {} });
  });
});
