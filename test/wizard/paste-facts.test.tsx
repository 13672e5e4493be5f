// Issue 15, items 7 and 1 in the wizard: what a paste shows answers every later question it
// covers (as collect's JSON does), a code it shows is offered rather than ignored, and output
// from another machine than the question asks about says what it shows and where it points,
// and waits: the wizard does not move on by itself.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyKey } from '../../src/wizard/keymap.js';
import * as pasteAnswers from '../../src/wizard/paste-answers.js';
import { startWith } from '../../src/wizard/paste-answers.js';
import { installReaders } from '../../src/wizard/readers-slot.js';
import { back, choose, currentContext, currentFrame, type Session } from '../../src/wizard/session.js';
import { acceptPending, dropPending } from '../../src/wizard/pending.js';

installReaders(pasteAnswers); // the runner loads them after the first screen; tests have them at once

const SIZE = { columns: 100, rows: 40 };
const fixture = (dir: string, name: string) => readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url), 'utf8').replace(/^# .*\n/, '');
const DLV_F00F = fixture('samples', 'dlv-kms-client-error-1.txt');
const HOST_12290 = fixture('samples', 'event-12290-host-1.txt');
const stateOf = (s: Session) => {
  const f = currentFrame(s);
  return `${f.flow}.${typeof f.snapshot.value === 'string' ? f.snapshot.value : JSON.stringify(f.snapshot.value)}`;
};
const paste = (s: Session, text: string) => applyKey(s, { kind: 'paste', text });

/** The start screen's choice of that event, chosen. */
function startChoosing(event: 'CODE' | 'NO_CODE'): Session {
  const s = startWith({ size: SIZE });
  return choose(s, event === 'CODE' ? 0 : 1);
}

describe('item 7: a paste\'s facts answer every later question they cover', () => {
  it('/dlv pasted at the code field: the code takes it to 0xC004F00F, and the channel in the same paste answers the next question', () => {
    const at = startChoosing('CODE');
    expect(stateOf(at)).toBe('triage.askCode');
    const after = paste(at, DLV_F00F);
    // hardware-tolerance.channel was answered (VOLUME_KMSCLIENT) from the same paste, so the
    // wizard stands at the question after it, having said so.
    expect(stateOf(after)).toBe('hardware-tolerance.kmsAto');
    expect(after.notice).toMatch(/Read from what you pasted/);
    expect(after.notice).toMatch(/Answered from the output you gave earlier/);
    expect(after.notice).toMatch(/Which channel does the Description line of slmgr \/dlv show\? → "VOLUME_KMSCLIENT/);
  });

  it('/dlv pasted at "No code": read for its channel, and its Notification Reason offered', () => {
    const at = startChoosing('NO_CODE');
    expect(stateOf(at)).toBe('triage.channel');
    const after = paste(at, DLV_F00F);
    expect(stateOf(after)).toBe('triage.kmsClient');
    // The offer waits for Enter (it goes there) or Esc (it stays on this question).
    expect(after.pending?.lines.join('\n')).toMatch(/This output shows 0xC004F00F \(Hardware changed too much since activation\): go there\?/);
    expect(after.pending?.answer).toEqual({ code: '0xC004F00F' });
    const there = acceptPending(after);
    expect(currentContext(there).code).toBe('0xC004F00F');
    expect(there.notice).toMatch(/Went to 0xC004F00F/);
    expect(stateOf(back(there))).toBe('triage.askCode');
    const stay = dropPending(after);
    expect(stateOf(stay)).toBe('triage.kmsClient');
    expect(stay.pending).toBeUndefined();
  });

  it('no offer for the code the wizard is already on', () => {
    const after = paste(startChoosing('CODE'), DLV_F00F);
    expect(after.notice).not.toMatch(/This output shows 0xC004F00F/);
  });
});

describe('item 1: the KMS host\'s event at a question about the client waits for Enter', () => {
  const shown = (s: Session) => s.pending?.lines.join('\n') ?? '';
  const atEvents = () => startWith({ code: '0xC004F074', size: SIZE });

  it('at the client\'s events question it stays, says what 12290 shows, and offers where it points', () => {
    const at = atEvents();
    expect(stateOf(at)).toBe('kms-contact.events');
    const after = paste(at, HOST_12290);
    expect(stateOf(after)).toBe('kms-contact.events');
    expect(after.frames.length).toBe(at.frames.length);
    expect(shown(after)).toMatch(/These are the KMS host's events, not the client's/);
    expect(shown(after)).toMatch(/Event 12290 on the KMS host .*arrived; the host answered 0xC004F06C/);
    expect(shown(after)).toMatch(/It points to "A result of 0xC004F06C \(the clocks differ\)", from the KMS host\./);
    expect(after.pending).toMatchObject({ answer: { event: 'CLOCK' }, takes: "take it as the client's answer" });
  });

  it('Enter takes it (on to the clock), Esc leaves the question open', () => {
    const after = paste(atEvents(), HOST_12290);
    const taken = applyKey(after, { kind: 'named', name: 'enter' });
    expect(stateOf(taken)).toBe('clock-skew.askHost');
    const left = applyKey(after, { kind: 'named', name: 'escape' });
    expect(stateOf(left)).toBe('kms-contact.events');
    expect(left.pending).toBeUndefined();
  });

  it('at the code field it stays too: the code is the answer the host gave a client, offered, not typed', () => {
    const at = startChoosing('CODE');
    const after = paste(at, HOST_12290);
    expect(stateOf(after)).toBe('triage.askCode');
    expect(after.draft).toBe('');
    expect(shown(after)).toMatch(/answer the KMS host gave that client/);
    expect(after.pending).toMatchObject({ answer: { value: '0xC004F06C' } });
  });

  it('kept, it never answers a later question about the client by itself: it is offered there too', () => {
    // Pasted at the code field and left open (Esc), the 12290 is kept; walking on to the
    // client's events question, it is offered there, not taken.
    const kept = applyKey(paste(startChoosing('CODE'), HOST_12290), { kind: 'named', name: 'escape' });
    expect(kept.readings?.some((r) => r.facts.side === 'host')).toBe(true);
    const typed = applyKey(applyKey(kept, { kind: 'text', text: '0xC004F074' }), { kind: 'named', name: 'enter' });
    expect(stateOf(typed)).toBe('kms-contact.events');
    expect(typed.pending).toMatchObject({ answer: { event: 'CLOCK' } });
  });
});
