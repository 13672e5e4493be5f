// Issue 7, part 3 (the flow defects found by trying it) and part 2 fact 13's 2008 R2 verdict,
// at session level: the clock sign trap, "count stuck at 1 after imaging" without a code, and
// a Windows Server 2008 R2 KMS host that is not called impossible.

import { describe, expect, it } from 'vitest';
import { resolveCommand } from '../../src/catalog/catalog.js';
import { fill } from '../../src/text/fill.js';
import { currentContext, currentFrame, currentStep, startSession, submit, type Session } from '../../src/wizard/session.js';
import { pick } from '../support/session-walk.js';
import { fixItems, proseOf } from '../support/steps.js';

/** What the screen says, filled with the answers. */
const screenText = (s: Session) => proseOf(currentStep(s)).map((t) => fill(t, currentContext(s).answers)).join(' ');

describe('the clock sign trap: "client 5 hours behind" typed as -5h', () => {
  const typed = (offset: string) => {
    let s = startSession({ code: '0xC004F06C' });
    s = submit(s, 'kms01.corp.contoso.com');
    s = pick(s, 'Lines like');
    return submit(s, offset);
  };

  it.each(['-5h', '+5h', '5h'])('%s is read as a size only, and the wizard asks which clock is wrong', (offset) => {
    const s = typed(offset);
    expect(currentStep(s).kind).toBe('question');
    expect(screenText(s)).toContain('The client\'s and the KMS host\'s clocks are 5 h apart');
    expect(screenText(s)).not.toMatch(/\bahead\b|\bbehind\b/);
  });

  it.each([
    ['The client\'s clock is wrong', 'Correct the clock of the client', 'client'],
    ['The KMS host\'s clock', 'Correct the clock of the KMS host, kms01.corp.contoso.com', 'kms-host'],
  ])('"%s" ends at "%s", its time commands aimed at that machine', (label, title, where) => {
    const s = pick(typed('-5h'), label);
    const step = currentStep(s);
    if (step.kind !== 'resolution') throw new Error('not a resolution');
    expect(fill(step.title, currentContext(s).answers)).toBe(title);
    const timeCommands = fixItems(step).map(resolveCommand).filter((c) => /w32tm|ToUniversalTime/.test(c.text));
    expect(timeCommands.length).toBeGreaterThanOrEqual(5);
    for (const c of timeCommands) expect(c.where, c.text).toBe(where);
  });

  it('a measured difference keeps its direction (two UTC times)', () => {
    let s = startSession({ code: '0xC004F06C' });
    s = submit(s, 'kms01.corp.contoso.com');
    s = pick(s, 'I will read the UTC time');
    s = submit(s, '2026-11-23 14:22:58Z');
    s = submit(s, '2026-11-23 09:10:58Z');
    expect(screenText(s)).toContain('The client is 5 h 12 min ahead of the KMS host (from the two UTC times)');
  });
});

describe('no code: "count stuck at 1 after imaging" has an entry', () => {
  it('leads from the no-code screen to the duplicate-CMID check of the KMS count flow', () => {
    let s = pick(startSession(), 'No code');
    s = pick(s, 'Known symptom: the KMS count stays at 1 after imaging');
    expect(currentFrame(s).flow).toBe('kms-count');
    expect(currentStep(s).kind === 'question' && currentStep(s)).toMatchObject({ title: 'Do several clients show the same Client Machine ID (CMID)?' });
    s = pick(s, 'Yes: the same CMID');
    expect(screenText(s)).toContain('sysprep /generalize');
  });
});

describe('fact 13: a Windows Server 2008 R2 KMS host', () => {
  it('is not called impossible: it runs an older host key, with KB3079821', () => {
    let s = startSession({ code: '0xC004F015' });
    s = pick(s, 'Yes, our KMS host');
    s = pick(s, 'Windows Server 2008 R2');
    const step = currentStep(s);
    if (step.kind !== 'resolution') throw new Error('not a resolution');
    const title = fill(step.title, currentContext(s).answers);
    expect(title).toBe('A Windows Server 2008 R2 host runs only an older host key');
    expect(title).not.toMatch(/can't be/);
    expect(screenText(s)).toContain('KB3079821');
  });

  it('Azure Edition still can\'t be a KMS host', () => {
    let s = pick(startSession(), 'No code');
    s = pick(s, 'VOLUME_KMS or VOLUME_KMS_C');
    s = pick(s, 'It turns away clients of a newer Windows version');
    s = pick(s, 'Yes, our KMS host');
    s = pick(s, 'Windows Server Datacenter: Azure Edition');
    const step = currentStep(s);
    expect(step.kind === 'resolution' && fill(step.title, currentContext(s).answers)).toBe('A Windows Server Datacenter: Azure Edition machine can\'t be the KMS host');
  });
});
