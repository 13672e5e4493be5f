// Where "Read this computer" is offered, what choosing it does, and which machine each question
// is about: the session alone, no PowerShell. Nothing runs before Enter on the script's preview.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineOfRule, RULES_BY_MACHINE } from '../../src/collect/question-machine.js';
import { questionsAnswered, readingSteps } from '../../src/commands/parse-questions.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { choicesOf } from '../../src/wizard/choices.js';
import { applyKey, effectDone } from '../../src/wizard/keymap.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import * as readers from '../../src/wizard/paste-answers.js';
import { readThisComputer } from '../../src/wizard/read-local/effect.js';
import { localOffer, READ_LABEL } from '../../src/wizard/read-local/offer.js';
import { installReaders } from '../../src/wizard/readers-slot.js';
import { currentStep, startSession, type Session } from '../../src/wizard/session.js';
import type { InputStep, QuestionStep } from '../../flows/step.js';
import type { Key } from '../../src/terminal/keys.js';

installReaders(readers);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/readers/${name}`, import.meta.url), 'utf8');
const enter: Key = { kind: 'named', name: 'enter' } as Key;
const escape: Key = { kind: 'named', name: 'escape' } as Key;
const text = (t: string): Key => ({ kind: 'text', text: t });
const ctrlR: Key = { kind: 'ctrl', letter: 'r' };
const labels = (s: Session) => choicesOf(currentStep(s) as QuestionStep, {}, false, localOffer(s, currentStep(s) as QuestionStep)).map((c) => c.label);
const screenText = (s: Session) => buildScreen(s).parts.flatMap((p) => (p.kind === 'lines' ? p.lines.map((l) => l.text) : [])).join('\n');
const size = { columns: 80, rows: 24 };

describe('which machine a question is about', () => {
  const answeredRules = (json: string) => new Set(readingSteps().filter((s) => questionsAnswered([readOutput(json)]).includes(s.id)).map((s) => s.rule));
  const client = answeredRules(fixture('collect-client.json'));
  const host = answeredRules(fixture('collect-host.json'));
  const both = new Set(readingSteps().filter((s) => questionsAnswered([readOutput(fixture('collect-client.json')), readOutput(fixture('collect-host.json'))]).includes(s.id)).map((s) => s.rule));

  it('every rule collected JSON answers has its machine', () => {
    expect([...both].filter((r) => machineOfRule(r) === undefined)).toEqual([]);
  });

  it('a client rule is answered by a client\'s JSON and not by the host\'s; a host rule the other way round', () => {
    for (const rule of RULES_BY_MACHINE.client) expect([rule, client.has(rule) || !both.has(rule), host.has(rule)]).toEqual([rule, true, false]);
    for (const rule of RULES_BY_MACHINE['kms-host']) expect([rule, client.has(rule)]).toEqual([rule, false]);
  });
});

/** The digit that highlights "Read this computer" on a question (by its place among the choices). */
const readDigit = (s: Parameters<typeof labels>[0]) => text(String(labels(s).indexOf(READ_LABEL) + 1));

describe('the offer', () => {
  it('is not made where kms-doctor may not read this computer (not Windows, no --powershell)', () => {
    expect(labels(startSession({ size }))).not.toContain(READ_LABEL);
  });

  it('is made on the first screen, before "How do I find out?"', () => {
    const all = labels(startSession({ size, readLocal: {} }));
    expect(all.slice(-2)).toEqual([READ_LABEL, 'How do I find out?']);
  });

  it('choosing it shows the script and runs nothing; Esc goes back; only Enter asks for the run', () => {
    let s = startSession({ size, readLocal: {} });
    s = applyKey(applyKey(s, readDigit(s)), enter);
    expect(s.localRead?.preview).toBe('client');
    expect(s.effect).toBeUndefined();
    expect(screenText(s)).toContain('Run it? Enter reads this computer');
    // Spaces collapsed: where the line is longer (powershell.exe on Windows) it soft-wraps with padding.
    expect(screenText(s).replace(/ +/g, ' ')).toContain('-NoProfile -NonInteractive -ExecutionPolicy Bypass -File collect.ps1');
    // Turning its pages, or any other key, runs nothing.
    for (const key of [text('x'), text('6'), { kind: 'named', name: 'pagedown' } as Key, text(' ')]) s = applyKey(s, key);
    expect(s.effect).toBeUndefined();
    const back = applyKey(s, escape);
    expect([back.localRead?.preview, back.effect, labels(back).includes(READ_LABEL)]).toEqual([undefined, undefined, true]);
    const run = applyKey(s, enter);
    expect(run.effect).toMatchObject({ kind: 'read-local' });
    expect(run.localRead?.running).toBe('client');
    expect(screenText(run)).toContain('Reading this computer (read-only)… Esc stops it');
    expect(applyKey(run, escape)).toMatchObject({ effect: undefined, notice: expect.stringMatching(/^Stopped reading this computer/) });
  });

  it('after a read of a client, host questions do not offer it and say why', async () => {
    const first = startSession({ size, readLocal: {} });
    let s = applyKey(applyKey(applyKey(first, readDigit(first)), enter), enter);
    const result = await readThisComputer('client', async () => ({ ok: true, json: fixture('collect-client.json'), failures: [], side: 'client' }), new AbortController().signal);
    s = effectDone(s, s.effect!.id, '', undefined, result);
    expect(s.localRead).toMatchObject({ machine: 'client', computer: 'PC042' });
    expect(s.notice).toMatch(/^Read from this computer \(PC042\), read-only:\n· /);
    // On to a question about the KMS host.
    s = applyKey(s, enter);
    s = applyKey(s, enter);
    const step = currentStep(s) as InputStep;
    expect([step.kind, machineOfRule(step.reads)]).toEqual(['input', 'kms-host']);
    expect(localOffer(s, step)).toBeUndefined();
    expect(applyKey(s, ctrlR).localRead?.preview).toBeUndefined();
    expect(screenText(s).replace(/\s+/g, ' ')).toContain('This computer (PC042) is a KMS client; this question is about the KMS host');
    expect(screenText(s)).not.toContain('Ctrl+R');
  });

  it('a field collected output answers offers it with Ctrl+R, named in the footer', () => {
    const s = startSession({ size, readLocal: {}, code: '0x8007232B' });
    const step = currentStep(s) as InputStep;
    expect([step.kind, machineOfRule(step.reads)]).toEqual(['input', 'client']);
    expect(screenText(s)).toContain('Ctrl+R read this computer');
    expect(applyKey(s, ctrlR).localRead?.preview).toBe('client');
    expect(screenText(startSession({ size, code: '0x8007232B' }))).not.toContain('Ctrl+R');
  });

  it('a failed read says what failed, and the question stays as it was', () => {
    const first = startSession({ size, readLocal: {} });
    let s = applyKey(applyKey(applyKey(first, readDigit(first)), enter), enter);
    s = effectDone(s, s.effect!.id, '', undefined, { run: { ok: false, reason: 'PowerShell was not found (pwsh); name it with --powershell PATH.' }, readings: [] });
    expect(s.notice).toBe('Could not read this computer: PowerShell was not found (pwsh); name it with --powershell PATH. Answer the questions as before.');
    expect(s.frames.length).toBe(1);
    expect(s.effect).toBeUndefined();
  });
});
