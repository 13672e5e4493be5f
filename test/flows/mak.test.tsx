// The MAK flow by keystrokes: online and phone activation with the typed MAK and confirmation ID,
// the limit, a blocked MAK, a mistyped confirmation ID, and one path per code.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, press, renderWizard, type, waitForProse, waitForText } from '../support/ui.js';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { flat, walk, walkToResolution, type Move } from '../keys/walk.js';

afterEach(() => cleanup());

const MAK = 'BCDFG-HJKMP-QRTVW-XY234-6789B'; // made up: well formed, in no table
const CID = '112233 445566 778899 001122 334455 667788 990011 223344';
const CID_DIGITS = CID.replaceAll(' ', '');

describe('installing and activating a MAK', () => {
  it('online: installs the typed MAK (corrected) and activates', async () => {
    const w = await walkToResolution('0x80070490', [{ type: MAK.toLowerCase().replaceAll('-', '\u2014') }, 'Online']);
    expect(w.frame()).toContain('Resolution: Install the MAK, activate online');
    expect(flat(w.frame())).toContain(`${MAK} replaces the key installed now`);
    expect(flat(w.frame())).toContain('every separator was an em dash (U+2014), not a hyphen');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${MAK}`);
    expect(w.frame()).toContain('slmgr.vbs /ato');
    await press(w, 'p');
    await waitForText(w, `ProductKey='${MAK}'`);
  });

  it('by phone: shows how to get the confirmation ID, then enters the one typed', async () => {
    const w = await renderWizard({ code: '0xC004C001' });
    await walk(w, ['No: install our MAK', { type: MAK }, 'By phone', 'Not yet']);
    await waitForText(w, 'Resolution: Get the confirmation ID by phone');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${MAK}`);
    expect(w.frame()).toContain('slmgr.vbs /dti');
    expect(w.frame()).toContain('notepad %systemroot%\\system32\\sppui\\phone.inf');
    // Its next step types the confirmation ID in.
    expect(w.frame()).toContain('Next step (Enter): I have the confirmation ID: type it in');
    await press(w, KEY.enter);
    await waitForText(w, 'Type the confirmation ID');
    await walk(w, [{ type: CID.replaceAll(' ', '-') }]);
    await waitForText(w, 'Resolution: Activate with the confirmation ID');
    expect(flat(w.frame())).toContain(`slmgr.vbs /atp ${CID_DIGITS}`);
    await press(w, 'p');
    await waitForText(w, `ConfirmationId='${CID_DIGITS}'`);
  });

  it('refuses a setup key where the MAK belongs, naming its edition', async () => {
    const w = await renderWizard({ code: '0x80070490' });
    await waitForText(w, 'Type or paste the MAK');
    await type(w, 'NPPR9-FWDCX-D2C8J-H872K-2YT43');
    await press(w, KEY.enter);
    await waitForProse(w, 'not a MAK');
    expect(flat(w.frame())).toContain('This is the public KMS client setup key for Windows 11 Enterprise and Windows 10 Enterprise, not a MAK.');
    expect(w.frame()).toContain('Type or paste the MAK');
  });
});

describe('the confirmation ID field', () => {
  async function cidScreen() {
    const w = await renderWizard({ code: '0xC004F02C' });
    await walk(w, ['Yes, the same']);
    await waitForText(w, 'Type the confirmation ID again');
    return w;
  }

  it.each([
    ['a letter O for a zero', '112233 445566 7788O9 001122 334455 667788 990011 223344', 'the 5th character of group 3 is the letter "O". If the source shows 0, type 0.'],
    ['a letter in general', '112233 445566 778899 00X122 334455 667788 990011 223344', 'the 3rd character of group 4 is the letter "X".'],
    ['a digit missing', '112233 445566 77889 001122 334455 667788 990011 223344', 'That has 47 digits, but a confirmation ID has 48 digits (8 groups of 6). Group 3 (77889) has 5 digits, not 6.'],
    ['another mark', '112233/445566', 'is "/".'],
  ])('refuses %s with a clear message and keeps the text', async (_name, raw, message) => {
    const w = await cidScreen();
    await type(w, raw);
    await press(w, KEY.enter);
    await vi.waitFor(() => expect(flat(w.frame())).toContain(message));
    expect(w.frame()).toContain(raw);
  });
});

describe('every MAK code reaches a resolution', () => {
  const cases: [string, Move[], string, string][] = [
    ['0xC004C001', ['Yes, it is our MAK'], 'Have Microsoft check the MAK', 'activation-centers'],
    ['0xC004C001', ['No: install our MAK', { type: MAK }, 'Online'], 'Install the MAK, activate online', `/ipk ${MAK}`],
    ['0xC004C001', [NOT_CHECKED_LABEL, { type: MAK }, NOT_CHECKED_LABEL], 'Install the MAK, activate online', `/ipk ${MAK}`],
    ['0xC004B100', ['Yes, it is our MAK'], 'Have Microsoft check the MAK', 'slmgr.vbs /dlv'],
    ['0x80070490', [{ type: MAK }, 'Online'], 'Install the MAK, activate online', `/ipk ${MAK}`],
    ['0xC004C003', ['No'], 'Get a new MAK', 'activation-centers'],
    ['0xC004C003', ['Yes: install it', { type: MAK }, 'Online'], 'Install the MAK, activate online', `/ipk ${MAK}`],
    ['0xC004C003', [NOT_CHECKED_LABEL], 'Get a new MAK', 'activation-centers'],
    ['0xC004C020', ['No: we need more activations'], 'Ask for more MAK activations', 'activation-centers'],
    ['0xC004C020', [NOT_CHECKED_LABEL], 'Find out whether KMS or another MAK can take over', 'nslookup -type=all _vlmcs._tcp'],
    ['0xC004C021', ['Yes, we have a KMS host', 'Type the Windows version', { type: 'win 11 pro' }, 'Yes, this one'], 'KMS client setup key for Windows 11 Pro', '/ipk W269N-WFGWX-YVC9B-4J6C9-T83GX'],
    ['0xC004C021', ['another MAK', { type: MAK }, 'By phone', 'Yes: type it in', { type: CID }], 'Activate with the confirmation ID', `/atp ${CID_DIGITS}`],
    ['0xC004F02C', ['Yes, the same', { type: CID }], 'Enter the confirmation ID again', `/atp ${CID_DIGITS}`],
    ['0xC004F031', ['No, it changed', { type: CID }], 'Enter the confirmation ID again', `/atp ${CID_DIGITS}`],
    ['0xC004F04D', ['Yes, the same', { type: CID }], 'Enter the confirmation ID again', `/atp ${CID_DIGITS}`],
    ['0xC004F04D', [NOT_CHECKED_LABEL, { type: CID }], 'Enter the confirmation ID again', `/atp ${CID_DIGITS}`],
    ['0xC004B011', ['A domain controller or time server'], 'Resynchronise the clock, then activate', 'w32tm /resync'],
    ['0xC004B011', ['Local CMOS Clock'], 'Set the clock, then activate', '(Get-Date).ToUniversalTime()'],
    ['0xC004B011', [NOT_CHECKED_LABEL], 'Resynchronise the clock, then activate', 'no time data was available'],
    ['0xC004C017', ['Yes: a proxy or VPN'], 'Activate through the local internet connection', 'netsh winhttp show proxy'],
    ['0xC004C017', [NOT_CHECKED_LABEL], 'Activate through the local internet connection', 'netsh winhttp show proxy'],
    ['0xC004C017', ['No, it goes out'], 'Check where the key may be used', 'slmgr.vbs /dlv'],
  ];
  it.each(cases)('%s → %j ends at "%s"', async (code, moves, title, command) => {
    const w = await walkToResolution(code, moves);
    expect(w.frame()).toContain(`Resolution: ${title}`);
    expect(flat(w.frame())).toContain(command);
  });

  it('without a code, the MAK questions start from what goes wrong', async () => {
    const w = await walkToResolution(undefined, ['No code', 'VOLUME_MAK', 'I want this machine to use KMS instead', 'Pick it from a list', 'Windows', 'Windows 8.1', 'Windows 8.1 Pro N']);
    expect(w.frame()).toContain('slmgr.vbs /ipk HMCNV-VVBFX-7HMBH-CTY9B-B4FXY');
  });
});
