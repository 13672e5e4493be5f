// The hardware-tolerance flow by keystrokes: the channel decides how to activate again, and a
// KMS client that still fails goes on to the port check.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { currentFrame } from '../../src/wizard/session.js';
import { KEY, choose, commandFor, press, renderWizard, type, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

const CID = '112233 445566 778899 001122 334455 667788 990011 223344';

describe('hardware-tolerance flow', () => {
  it('0xC004F00F on a KMS client that never reached its host hands off to the port flow', async () => {
    const w = await renderWizard({ code: '0xC004F00F' });
    await waitForText(w, 'Which channel does the Description line');
    await choose(w, 'VOLUME_KMSCLIENT');
    await waitForText(w, 'Activate now: what does slmgr /ato print?');
    await choose(w, '0xC004F074 (no KMS host could be contacted)');
    const frame = () => currentFrame(w.actor.getSnapshot().context);
    await vi.waitFor(() => expect(frame().flow).toBe('port-1688'));
    expect(frame().snapshot.context.code).toBe('0xC004F00F'); // the answers travel on
  });

  it('0xC004F00F on a KMS client that activates again ends at a resolution', async () => {
    const w = await renderWizard({ code: '0xC004F00F' });
    await choose(w, 'VOLUME_KMSCLIENT');
    await choose(w, '"Product activated successfully."');
    await waitForText(w, 'Resolution: The KMS client is activated again');
    expect(w.frame()).toContain('slmgr.vbs /xpr');
  });

  it('0xC004F211 on a MAK without internet: how to get the confirmation ID, then /atp with the one typed', async () => {
    const w = await renderWizard({ code: '0xC004F211' });
    await choose(w, 'VOLUME_MAK');
    await waitForText(w, 'Can this PC reach the internet?');
    await choose(w, 'No: activate by phone');
    await waitForText(w, 'Phone activation: do you have the confirmation ID yet?');
    await choose(w, 'Not yet');
    await waitForText(w, 'Resolution: Activate the MAK again (by phone)');
    expect(w.frame()).toContain('slmgr.vbs /dlv'); // look first
    expect(w.frame()).toContain('slmgr.vbs /dti');
    expect(w.frame()).not.toContain('/atp');
    await press(w, KEY.esc);
    await waitForText(w, 'Yes: type it in');
    await choose(w, 'Yes: type it in');
    await waitForText(w, 'Type the confirmation ID');
    await type(w, CID);
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Activate with the confirmation ID');
    expect(w.frame()).toContain(`slmgr.vbs /atp ${CID.replaceAll(' ', '')}`);
    expect(w.frame()).toContain(`ConfirmationId='${CID.replaceAll(' ', '')}'`);
    expect(w.frame()).toContain('slmgr.vbs /dlv'); // where "License Status: Licensed" shows
  });

  it('a KMS host activates its host key again on the host', async () => {
    const w = await renderWizard({ code: '0xC004F00F' });
    await choose(w, 'VOLUME_KMS or VOLUME_KMS_C');
    await choose(w, 'Yes: activate online');
    await waitForText(w, 'Resolution: Activate the KMS host again (online)');
    expect(commandFor(w, 'Try to activate now').spec).toMatchObject({ where: 'kms-host', elevated: true, changes: true });
  });
});
