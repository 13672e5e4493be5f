// The path in the note holds the questions answered and the values typed, and nothing of a screen
// left without an answer: here the technician, asked for the client's DNS domain, looked up
// another code instead (lookUpCode), so the domain question is not in the path.

import { describe, expect, it } from 'vitest';
import { recordFromSession } from '../../../src/handover/note/record.js';
import { choose, currentStep, lookUpCode, startSession, submit } from '../../../src/wizard/session.js';
import { MAK } from './sessions.js';

describe('a screen left without an answer', () => {
  it('is not in the path, and its field is not among the values typed', () => {
    const askingDomain = startSession({ code: '0x8007232B' });
    expect(currentStep(askingDomain)).toMatchObject({ kind: 'input', field: 'domain' });
    let s = submit(lookUpCode(askingDomain, '0x80070490'), MAK);
    const step = currentStep(s);
    s = choose(s, step.kind === 'question' ? step.options.findIndex((o) => o.label.startsWith('Online')) : -1);
    expect(currentStep(s).kind).toBe('resolution');
    const record = recordFromSession(s)!;
    expect(record.path).toEqual([
      { question: 'What do you have to go on?', answer: 'An error code (for example 0xC004F074)' },
      { question: 'Type or paste the error code', answer: '0x8007232B' },
      { question: 'Type or paste the error code', answer: '0x80070490' },
      { question: 'Type or paste the MAK', answer: MAK },
      { question: `How will ${MAK} be activated?`, answer: 'Online: it reaches the internet' },
    ]);
    expect(record.values).toEqual({ errorCode: '0x80070490', makKey: MAK });
  });
});
