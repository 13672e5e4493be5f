// What typing and pasting lost is counted and said, never cut silently: characters typed past a
// full field are counted over every read of a long burst ("1 more was", not "1 more were"), and a
// paste cut at the reader's cap says so on every kind of screen, as standard input does.

import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/input/fields.js';
import type { InputStep } from '../../flows/step.js';
import type { Key } from '../../src/terminal/keys.js';
import { MAX_PASTE } from '../../src/terminal/key-reader.js';
import { applyKey } from '../../src/wizard/keymap.js';
import * as pasteAnswers from '../../src/wizard/paste-answers.js';
import { installReaders } from '../../src/wizard/readers-slot.js';
import { currentStep, startSession, type Session } from '../../src/wizard/session.js';

installReaders(pasteAnswers);
const size = { columns: 80, rows: 24 };
const text = (t: string): Key => ({ kind: 'text', text: t });
const domainField = () => startSession({ code: '0x8007232B', size });
const maxOf = (s: Session) => fieldSpec((currentStep(s) as InputStep).field).maxLength;

describe('characters typed past a full field', () => {
  it('are counted over all the reads of a burst, not only the last', () => {
    let s = domainField();
    const max = maxOf(s);
    s = applyKey(s, text('a'.repeat(max + 95)));
    expect(s.notice).toBe(`The field holds at most ${max} characters; 95 more were left out.`);
    s = applyKey(s, text('a'.repeat(905)));
    expect(s.notice).toBe(`The field holds at most ${max} characters; 1000 more were left out.`);
    s = applyKey(s, text('a'.repeat(19_000)));
    expect(s.notice).toBe(`The field holds at most ${max} characters; 20000 more were left out.`);
    expect(s.draft).toHaveLength(max);
  });

  it('start again from nothing after another key', () => {
    let s = applyKey(domainField(), text('a'.repeat(maxOf(domainField()) + 50)));
    s = applyKey(s, { kind: 'named', name: 'left' });
    s = applyKey(s, text('bb'));
    expect(s.notice).toBe(`The field holds at most ${maxOf(s)} characters; 2 more were left out.`);
  });

  it('one is "1 more was left out"', () => {
    const s = applyKey(domainField(), text('a'.repeat(maxOf(domainField()) + 1)));
    expect(s.notice).toBe(`The field holds at most ${maxOf(s)} characters; 1 more was left out.`);
  });
});

describe(`a paste cut at ${MAX_PASTE} characters`, () => {
  const cut = 'The paste was longer than 1 000 000 characters: only the first 1 000 000 were read, and 80 000 more were left out.';

  it('says so on a question, with what became of the paste', () => {
    const s = applyKey(startSession({ code: '0xC004F074', size }), { kind: 'paste', text: 'x'.repeat(1000), dropped: 80_000 });
    expect(s.notice).toContain(cut);
  });

  it('says so where the paste was read as output', () => {
    const dlv = 'Name: Windows(R), Enterprise edition\r\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel\r\nLicense Status: Licensed\r\n';
    const s = applyKey(startSession({ size }), { kind: 'paste', text: dlv.repeat(3), dropped: 80_000 });
    expect(s.notice).toContain(cut);
  });

  it('says so on the start screen and leaves nothing unsaid when one character was cut', () => {
    const s = applyKey(startSession({ size }), { kind: 'paste', text: 'hello', dropped: 1 });
    expect(s.notice).toContain('and 1 more was left out.');
  });
});
