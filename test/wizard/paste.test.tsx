// Pasted output answers the question it fits: every real sample, pasted where it fits, moves the
// wizard on and says what it read; output that does not fit says what it is and what was
// expected; kms-doctor collect's JSON answers every question it covers, one after another.

import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { questionsAnswered } from '../../src/commands/parse-questions.js';
import { readOutput } from '../../src/readers/read-output.js';
import { applyKey } from '../../src/wizard/keymap.js';
import { startWith } from '../../src/wizard/paste-answers.js';
import { currentFrame, currentStep, type Session } from '../../src/wizard/session.js';
import { allScreens, sessionAt } from '../support/screens.js';
import { FLOWS } from '../../flows/registry.js';
import * as pasteAnswers from '../../src/wizard/paste-answers.js';
import { installReaders } from '../../src/wizard/readers-slot.js';

installReaders(pasteAnswers); // the runner loads them after the first screen; tests have them at once
import { answer, paste, press, prose, renderWizard, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

const SAMPLES = new URL('../fixtures/samples/', import.meta.url);
const READERS = new URL('../fixtures/readers/', import.meta.url);
/** A captured output as a technician would paste it (the fixture's "# source:" line is not part of it). */
const output = (dir: URL, name: string) => readFileSync(new URL(name, dir), 'utf8').replace(/^# source:.*\n/, '');
const stateName = (s: Session) => {
  const f = currentFrame(s);
  return `${f.flow}.${typeof f.snapshot.value === 'string' ? f.snapshot.value : JSON.stringify(f.snapshot.value)}`;
};

describe('every real sample, pasted at a question it answers, answers it', () => {
  // The KMS host's 12290 answers no question by itself (it points to the client's: paste-facts.test.tsx).
  const samples = readdirSync(SAMPLES).filter((n) => n !== 'slmgr-usage-en-1.txt' && n !== 'event-12290-host-1.txt');
  it.each(samples)('%s', (name) => {
    const text = output(SAMPLES, name);
    const ids = questionsAnswered(readOutput(text));
    expect(ids.length, 'a question it answers').toBeGreaterThan(0);
    // The first screen of that question the wizard can reach (without a code, or with one).
    const screen = allScreens().find((sc) => ids.includes(`${sc.flow}.${typeof sc.snapshot.value === 'string' ? sc.snapshot.value : JSON.stringify(sc.snapshot.value)}`))!;
    expect(screen, `a reachable screen for ${ids.join(', ')}`).toBeDefined();
    // Nothing answered yet: the sample's own host and domain are not contradicted by earlier answers.
    const { machine } = FLOWS[screen.flow];
    const fresh = machine.resolveState({ value: screen.snapshot.value, context: { ...screen.snapshot.context, answers: {} } });
    const before = sessionAt({ ...screen, snapshot: fresh }, { columns: 80, rows: 24 });
    const after = applyKey(before, { kind: 'paste', text });
    expect(after.notice ?? '').toMatch(/^Read from what you pasted/);
    expect(after.frames.length).toBeGreaterThan(before.frames.length);
  });

  it('slmgr usage text answers nothing and says what it is', () => {
    const screen = allScreens().find((sc) => sc.flow === 'dns-srv' && sc.snapshot.value === 'lookup')!;
    const after = applyKey(sessionAt(screen, { columns: 80, rows: 24 }), { kind: 'paste', text: output(SAMPLES, 'slmgr-usage-en-1.txt') });
    expect(after.frames.length).toBe(1);
    expect(after.notice).toBe('This is text kms-doctor does not recognise; paste the output of nslookup -type=srv _vlmcs._tcp.<domain> (or Resolve-DnsName -Type SRV) run on the client.');
  });
});

describe('pasting in the wizard', () => {
  it('nslookup output at the SRV question: read, answered, and Esc comes back', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    await answer(w, 'corp.contoso.com');
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.contoso.com?');
    await press(w, paste(output(SAMPLES, 'nslookup-srv-found-1.txt')));
    await waitForText(w, 'Read from what you pasted');
    // The label quotes Windows ("svr hostname"), so it is set off with other quotes: none nest.
    expect(prose(w)).toContain('So: “One or more records, each with "svr hostname" and "port"” (Esc goes back');
    await press(w, '\u001B');
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.contoso.com?');
  });

  it('output that does not fit says what it is and what was expected', async () => {
    const w = await renderWizard({ code: '0xC004F038' });
    await vi.waitFor(() => expect(stateName(w.actor.getSnapshot().context)).toBe('kms-count.askCount'));
    await press(w, paste(output(SAMPLES, 'dli-kms-client-1.txt')));
    await waitForText(w, 'KMS client');
    expect(prose(w)).toMatch(/slmgr \/dli from a KMS client; paste the output of slmgr \/dli on the KMS host/);
    expect(stateName(w.actor.getSnapshot().context)).toBe('kms-count.askCount');
  });

  it('a one-line paste into a field is just typed text', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    await press(w, paste('corp.contoso.com'));
    await vi.waitFor(() => expect(w.actor.getSnapshot().context.draft).toBe('corp.contoso.com'));
  });
});

describe("collect's JSON answers every question it covers, then the wizard asks what is left", () => {
  const client = output(READERS, 'collect-client.json');

  it('pasted at the first question of 0x8007232B: domain, lookup, record host and port come from it', () => {
    const start = startWith({ code: '0x8007232B', size: { columns: 80, rows: 24 } });
    expect(stateName(start)).toBe('dns-srv.askDomain');
    const after = applyKey(start, { kind: 'paste', text: client });
    expect(stateName(after)).toBe('dns-srv.recordRight');
    expect(after.frames.length - start.frames.length).toBe(4);
    expect(after.notice).toContain('Answered from the collected output');
  });

  it('started with it (--from FILE): the code comes from the file too', () => {
    const s = startWith({ output: client, size: { columns: 80, rows: 24 } });
    expect(currentStep(s).kind).not.toBe('handoff');
    expect(s.readings?.length).toBeGreaterThan(0);
  });
});
