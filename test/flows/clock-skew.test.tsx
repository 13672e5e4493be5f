// The clock-skew flow by keystrokes: a pasted stripchart block, a typed offset and two UTC
// times read by hand, each measured against the 4-hour limit and said in the resolution.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { currentFrame } from '../../src/wizard/session.js';
import { capture } from '../support/fixtures.js';
import { KEY, choose, commandFor, press, renderWizard, type, waitForText, answer, clearField, prose, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const frameOf = (w: WizardUnderTest) => currentFrame(w.actor.getSnapshot().context);

/** A sample capture without its `# source:` line, with the line breaks a paste brings. */
const sample = (name: string): string => capture(name).split('\n').join('\r\n').trim();



/** From 0xC004F06C to the stripchart question, for kms01.corp.contoso.com. */
async function atMeasure() {
  const w = await renderWizard({ code: '0xC004F06C' });
  await waitForText(w, 'Which KMS host does this client use?');
  await answer(w, 'kms01.corp.contoso.com');
  await waitForText(w, 'Run this on the client. What does it print?');
  return w;
}

describe('clock skew measured with w32tm /stripchart', () => {
  it('reads a pasted block (+600 s), finds it within 4 hours and offers the port and DNS checks', async () => {
    const w = await atMeasure();
    expect(w.frame()).toContain('w32tm /stripchart /computer:kms01.corp.contoso.com /samples:3 /dataonly');
    await choose(w, 'Lines like');
    await waitForText(w, 'Paste the sample lines, or type the offset');
    await type(w, sample('w32tm-stripchart-offset-1.txt'));
    await press(w, KEY.enter);
    await waitForText(w, 'The clocks are 10 min apart: not the cause');
    expect(prose(w)).toContain('The client is 10 min behind the KMS host.');
    expect(w.frame()).toContain('Check the KMS port on kms01.corp.contoso.com');
    expect(w.frame()).toContain('Check DNS');
    await choose(w, 'Check the KMS port');
    await waitForText(w, 'Test-NetConnection kms01.corp.contoso.com -Port 1688');
    expect(frameOf(w).flow).toBe('port-1688');
  });

  it('reads the /dataonly sample and hands over to DNS', async () => {
    const w = await atMeasure();
    await choose(w, 'Lines like');
    await waitForText(w, 'Paste the sample lines');
    await answer(w, sample('w32tm-stripchart-dataonly-1.txt'));
    await waitForText(w, 'The clocks are 0.1 s apart: not the cause');
    await choose(w, 'Check DNS');
    await vi.waitFor(() => expect(frameOf(w).flow).toBe('dns-srv'));
  });

  it('takes an offset over 4 hours to the question which clock is wrong, then fixes that one', async () => {
    const w = await atMeasure();
    await choose(w, 'Lines like');
    await waitForText(w, 'Paste the sample lines');
    // "The client is 5 hours behind" is naturally typed -5h: the sign must not decide anything.
    await answer(w, '-5h 12min');
    await waitForText(w, 'The clocks are 5 h 12 min apart: which one is wrong?');
    expect(prose(w)).toContain('The client\'s and the KMS host\'s clocks are 5 h 12 min apart');
    expect(prose(w)).not.toMatch(/ahead|behind/);
    expect(prose(w)).toContain('time zones do not matter');
    await choose(w, 'The KMS host\'s clock');
    await waitForText(w, 'Resolution: Correct the clock of the KMS host, kms01.corp.contoso.com');
    expect(prose(w)).toContain('more than the 4 hours KMS allows');
    expect(commandFor(w, 'Resynchronise').spec).toMatchObject({ where: 'kms-host', elevated: true, changes: true });
    for (const command of [
      'w32tm /query /status',
      'w32tm /config /syncfromflags:domhier /update',
      'w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update',
      'Restart-Service w32time',
      'w32tm /resync',
      'slmgr.vbs /ato',
    ]) expect(w.frame()).toContain(command);
    // Read-only checks come before the commands that change the clock.
    expect(w.frame().indexOf('w32tm /query /status')).toBeLessThan(w.frame().indexOf('w32tm /resync'));
  });

  it('refuses stripchart output with only errors, and says to read the clocks by hand', async () => {
    const w = await atMeasure();
    await choose(w, 'Lines like');
    await waitForText(w, 'Paste the sample lines');
    await answer(w, '14:22:58, error: 0x800705B4');
    await waitForText(w, 'w32tm got no time from the host (0x800705B4');
    expect(w.frame()).toContain('14:22:58, error: 0x800705B4');
    await clearField(w);
    await answer(w, '2026-11-23 14:22:58Z 2026-11-23 14:20:00Z');
    await waitForText(w, 'The clocks are 2 min 58 s apart: not the cause');
  });
});

describe('clock skew read by hand', () => {
  it('computes the difference of two UTC times and says it in the resolution', async () => {
    const w = await atMeasure();
    await choose(w, 'An error');
    await waitForText(w, 'On the client: what is the time in UTC?');
    expect(w.frame()).toContain("(Get-Date).ToUniversalTime().ToString('u')");
    await answer(w, '2026-11-23 14:22:58Z');
    await waitForText(w, 'On kms01.corp.contoso.com: what is the time in UTC?');
    expect(prose(w)).toContain('The client said 2026-11-23 14:22:58Z.');
    await answer(w, '2026-11-23 09:10:58Z');
    await waitForText(w, 'The clocks are 5 h 12 min apart: which one is wrong?');
    expect(prose(w)).toContain('The client is 5 h 12 min ahead of the KMS host (from the two UTC times).');
    await choose(w, 'The client\'s clock is wrong');
    await waitForText(w, 'Resolution: Correct the clock of the client');
    expect(commandFor(w, 'Resynchronise').spec).toMatchObject({ where: 'client', elevated: true, changes: true });
  });

  it('refuses an unreadable time with the format to use, then finds two close clocks fine', async () => {
    const w = await atMeasure();
    await choose(w, 'read the UTC time on both machines');
    await waitForText(w, 'On the client: what is the time in UTC?');
    await answer(w, 'half past two');
    await waitForText(w, '"half past two" is not a time kms-doctor can read.');
    expect(w.frame()).toContain('Client time (UTC):\n› half past two');
    await clearField(w);
    await answer(w, '2026-11-23 15:22:58+01:00');
    await waitForText(w, 'The client said 2026-11-23 14:22:58Z.');
    await answer(w, '14:25:10');
    await waitForText(w, 'The clocks are 2 min 12 s apart: not the cause');
    expect(prose(w)).toContain('The client is 2 min 12 s behind the KMS host.');
  });

  it('refuses a day-month date that can be read two ways', async () => {
    const w = await atMeasure();
    await choose(w, 'read the UTC time on both machines');
    await waitForText(w, 'On the client: what is the time in UTC?');
    await answer(w, '11/10/2026 14:22');
    await waitForText(w, 'Write the date as year-month-day (2026-11-23)');
  });
});
