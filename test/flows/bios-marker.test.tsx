// The BIOS-marker flow by keystrokes: 0xC004F035 needs a MAK; 0xC004F063 depends on the BIOS
// serial number.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { currentFrame } from '../../src/wizard/session.js';
import { notCheckedAt } from '../support/not-checked.js';
import { KEY, choose, press, renderWizard, type, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

const MAK = 'BCDFG-HJKMP-QRTVW-XY234-6789B';
const CID = '112233-445566-778899-001122-334455-667788-990011-223344';

describe('bios-marker flow', () => {
  it('0xC004F035 with a MAK: installs the typed MAK and activates by phone with the typed confirmation ID', async () => {
    const w = await renderWizard({ code: '0xC004F035' });
    await waitForText(w, 'Do you have a MAK for this Windows edition?');
    await choose(w, 'Yes: we have a MAK');
    await waitForText(w, 'Type the MAK');
    await type(w, MAK);
    await press(w, KEY.enter);
    await choose(w, 'No: activate by phone');
    await waitForText(w, 'Phone activation: do you have the confirmation ID yet?');
    await choose(w, 'Not yet');
    await waitForText(w, 'Resolution: Change this PC to a MAK (by phone)');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${MAK}`);
    expect(w.frame()).toContain('slmgr.vbs /dti');
    await press(w, KEY.esc);
    await waitForText(w, 'Yes: type it in');
    await choose(w, 'Yes: type it in');
    await type(w, CID);
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Activate with the confirmation ID');
    expect(w.frame().replace(/\s+/g, ' ')).toContain(`slmgr.vbs /atp ${CID.replaceAll('-', '')}`);
  });

  it.each([
    ['0xC004F035', 'Do you have a MAK for this Windows edition?', 'Resolution: Get a licence this PC qualifies for'],
    ['0xC004F063', 'What does the BIOS serial number show?', 'Resolution: Compare the BIOS serial number with the label'],
  ])('%s: "I haven\'t checked" at "%s" leads to "%s"', async (code, question, next) => {
    await notCheckedAt(code, question, next);
  });

  it('0xC004F035 without a MAK: what licence to get', async () => {
    const w = await renderWizard({ code: '0xC004F035' });
    await choose(w, 'No MAK');
    await waitForText(w, 'Resolution: Get a licence this PC qualifies for');
  });

  it('0xC004F063 with a placeholder serial number: the PC maker fixes the BIOS', async () => {
    const w = await renderWizard({ code: '0xC004F063' });
    await waitForText(w, 'What does the BIOS serial number show?');
    expect(w.frame()).toContain('Get-CimInstance Win32_BIOS');
    await choose(w, 'Nothing, a placeholder');
    await waitForText(w, 'Resolution: Have the PC maker correct the BIOS serial number');
  });

  it('0xC004F063 on a PC that should be a KMS client goes to the setup-key lookup', async () => {
    const w = await renderWizard({ code: '0xC004F063' });
    await choose(w, 'real serial number');
    await waitForText(w, "covered by your organisation's volume licence");
    await choose(w, 'through our KMS host');
    await vi.waitFor(() => expect(currentFrame(w.actor.getSnapshot().context).flow).toBe('key-lookup'));
  });
});
