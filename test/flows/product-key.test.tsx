// The product-key flow by keystrokes: checking a pasted key (each slip named, the corrected key in
// the commands; anything else refused with the reason and the text kept), and one path per code.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, choose, press, renderWizard, type, waitForText, type WizardUnderTest } from '../support/ui.js';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { flat, walk, walkToResolution, type Move } from '../keys/walk.js';

afterEach(() => cleanup());

const PRO = 'W269N-WFGWX-YVC9B-4J6C9-T83GX'; // Windows 10/11 Pro setup key
const OWN = 'BCDFG-HJKMP-QRTVW-XY234-6789B'; // well formed, in no table

async function checkScreen(): Promise<WizardUnderTest> {
  const w = await renderWizard();
  await choose(w, 'Look up the KMS client setup key');
  await choose(w, 'Check a key I have');
  await waitForText(w, 'Type or paste the key');
  return w;
}

describe('checking a pasted key', () => {
  it.each([
    ['en dashes', PRO.replaceAll('-', '\u2013'), 'every separator was an en dash (U+2013), not a hyphen'],
    ['em dashes', PRO.replaceAll('-', '\u2014'), 'every separator was an em dash (U+2014), not a hyphen'],
    ['spaces', PRO.replaceAll('-', ' '), 'every separator was a space, not a hyphen'],
    ['lower case', PRO.toLowerCase(), 'the letters were lower case (product keys are written in capitals)'],
    ['no separators', PRO.replaceAll('-', ''), 'there were no hyphens between the groups'],
    ['one en dash and lower case', 'w269n-wfgwx\u2013yvc9b-4j6c9-t83gx', 'the 2nd separator was an en dash (U+2013), not a hyphen'],
  ])('%s: names the slip, and the corrected key is what gets installed', async (_name, raw, note) => {
    const w = await checkScreen();
    await type(w, raw);
    await press(w, KEY.enter);
    await waitForText(w, `${PRO} is a KMS client setup key`);
    expect(flat(w.frame())).toContain('Corrected from what you typed: ');
    expect(flat(w.frame())).toContain(note);
    expect(flat(w.frame())).toContain('It is the setup key for Windows 11 Pro and Windows 10 Pro.');
    await choose(w, 'The machine runs that edition');
    await waitForText(w, 'Resolution: Install the KMS client setup key');
    expect(flat(w.frame())).toContain(`${PRO} is the setup key for Windows 11 Pro and Windows 10 Pro`);
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${PRO}`);
    expect(w.frame()).not.toContain(raw);
    // One shell at a time: p shows the PowerShell form, with the corrected key too.
    await press(w, 'p');
    await waitForText(w, `ProductKey='${PRO}'`);
    expect(w.frame()).not.toContain(raw);
  });

  it.each([
    ['a group too short', 'W269N-WFGWX-YVC9B-4J6C-T83GX', 'group 4 (4J6C) has 4 characters, not 5'],
    ['a group too long', 'W269N-WFGWX-YVC9B-4J6C9-T83GXX', 'group 5 (T83GXX) has 6 characters, not 5'],
    ['a group missing', 'W269N-WFGWX-YVC9B-4J6C9', 'it has 4 groups of characters; a key has 5 groups of 5'],
    ['the letter O', 'W269N-WFGWX-YVC9B-4J6C9-T83GO', 'the 5th character of group 5 is "O"; keys have no O and no 0'],
    ['a vowel', 'A269N-WFGWX-YVC9B-4J6C9-T83GX', 'the 1st character of group 1 is "A"; keys have no vowels'],
    ['the digit 1', 'W269N-WFGWX-YVC9B-4J6C9-T83G1', 'keys have no 1, I or L'],
  ])('%s: refused with the reason, and the text kept for editing', async (_name, raw, reason) => {
    const w = await checkScreen();
    await type(w, raw);
    await press(w, KEY.enter);
    await waitForText(w, 'That is not a product key:');
    expect(flat(w.frame())).toContain(reason);
    expect(w.frame()).toContain(raw);
    expect(w.frame()).toContain('Type or paste the key');
  });

  it('says a well-formed key that is in no table is not a setup key, and offers what it can be', async () => {
    const w = await checkScreen();
    await type(w, OWN.replaceAll('-', ' '));
    await press(w, KEY.enter);
    await waitForText(w, `${OWN} is not a KMS client setup key`);
    expect(flat(w.frame())).toContain('So it is a MAK, a retail key or a KMS host key');
    expect(flat(w.frame())).toContain('every separator was a space');
    await choose(w, 'It is our MAK or a retail key');
    await choose(w, 'Online');
    await waitForText(w, 'Resolution: Install the MAK, activate online');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${OWN}`);
  });

  it('a pasted KMS host key goes on as the host key', async () => {
    const w = await checkScreen();
    await type(w, OWN);
    await press(w, KEY.enter);
    await choose(w, 'It is our KMS host key');
    await waitForText(w, 'How will the KMS host be activated?');
    await choose(w, 'Online');
    await waitForText(w, 'Resolution: Install the host key and activate the KMS host online');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${OWN}`);
  });
});

describe('every product-key code reaches a resolution', () => {
  const cases: [string, Move[], string, string][] = [
    ['0xC004F050', ['A KMS client setup key', { type: PRO }, 'The machine runs that edition'], 'Install the KMS client setup key', `/ipk ${PRO}`],
    ['0xC004F050', ['A MAK', { type: OWN }], 'Windows refused a well-formed key', `/ipk ${OWN}`],
    ['0xC004F050', ['A KMS host key', 'Show which host keys', 'Windows Server 2012 R2', 'slmgr /ipk refused'], 'Host keys a Windows Server 2012 R2 host can run', 'the 2019 or 2016 host key'],
    ['0xC004F014', ['A MAK', { type: OWN }, 'Online'], 'Install the MAK, activate online', `/ipk ${OWN}`],
    ['0xC004F014', ['A KMS host key', { type: OWN }, 'Online'], 'Install the host key and activate the KMS host online', `/ipk ${OWN}`],
    ['0xC004F213', ['A KMS client setup key', 'Type the Windows version', { type: 'server 2022 std' }, 'Yes, this one'], 'KMS client setup key for Windows Server 2022 Standard', '/ipk VDYBN-27WPP-V4HQT-9VMD4-VMK7H'],
    ['0xC004F051', ['A KMS client setup key', 'Check the key I installed', { type: PRO }, 'The machine runs that edition'], 'Install the KMS client setup key', `/ipk ${PRO}`],
    ['0xC004F051', ['A MAK', 'No'], 'Get a new MAK', 'slmgr.vbs /dlv'],
    ['0xC004F051', ['A retail or OEM key'], 'Replace the blocked retail key', 'slmgr.vbs /dlv'],
    ['0xC004F051', ['A KMS host key'], 'Get a new KMS host key', 'slmgr.vbs /ipk <kms-host-key>'],
    ['0xC004F069', ['An evaluation edition', 'Windows Server (ServerStandardEval', 'Windows Server 2022 Datacenter'], 'Convert the evaluation copy to ServerDatacenter', 'DISM /online /Set-Edition:ServerDatacenter /ProductKey:WX4NM-KYWYW-QJJR4-XV3QB-6VM33 /AcceptEula'],
    ['0xC004F069', ['An evaluation edition', 'Windows Server (ServerStandardEval', 'Another edition or key', 'Windows Server Standard', { type: OWN }], 'Convert the evaluation copy to ServerStandard', `DISM /online /Set-Edition:ServerStandard /ProductKey:${OWN} /AcceptEula`],
    ['0xC004F066', ['our MAK or retail key is for another edition'], 'Get the key for this edition', 'DISM /online /Get-CurrentEdition'],
    ['0xC004F210', ['A full edition that should use KMS', 'Pick it from a list', 'Windows Server', 'Windows Server 2019', 'Windows Server 2019 Standard'], 'KMS client setup key for Windows Server 2019 Standard', '/ipk N69G4-B89J2-4G8F4-WWYCC-J464C'],
    ['0xC004F034', ['I have the key', { type: OWN }, 'It is our MAK or a retail key', 'By phone', 'Yes: type it in', { type: '123456 123456 123456 123456 123456 123456 123456 123456' }], 'Activate with the confirmation ID', '/atp 123456123456123456123456123456123456123456123456'],
    ['0xC004F212', ['our MAK or retail key is for another edition'], 'Get the key for this edition', 'slmgr.vbs /ipk'],
    ['0xC004F061', ['No, it is a clean installation', 'A full retail key', { type: OWN }, 'It is our MAK or a retail key', 'Online'], 'Install the MAK, activate online', `/ipk ${OWN}`],
    ['0xC004F061', ['Yes, it was an upgrade'], 'Check the upgrade licence', 'slmgr.vbs /dlv'],
  ];
  it.each(cases)('%s → %j ends at "%s"', async (code, moves, title, command) => {
    const w = await walkToResolution(code, moves);
    expect(w.frame()).toContain(`Resolution: ${title}`);
    expect(flat(w.frame())).toContain(command);
  });

  it('without a code, a retail PC that cannot tell its edition is shown where it is, then finds its key', async () => {
    const w = await walkToResolution(undefined, ['No code', 'RETAIL or OEM', 'Make it a KMS client', NOT_CHECKED_LABEL]);
    expect(w.frame()).toContain('Resolution: Find the Windows version and edition');
    await press(w, KEY.enter);
    await walk(w, [{ type: 'server 2025 std' }, 'Yes, this one']);
    await waitForText(w, 'Resolution: KMS client setup key for Windows Server 2025 Standard');
    expect(w.frame()).toContain('slmgr.vbs /ipk TVRH6-WHNXV-R9WG3-9XRFY-MY832');
  });

  it('an evaluation copy nobody has looked at: how to tell which it is, then back to the question', async () => {
    const w = await walkToResolution('0xC004F069', ['An evaluation edition', NOT_CHECKED_LABEL]);
    expect(w.frame()).toContain('Resolution: Find out which evaluation it is');
    expect(w.frame()).toContain('slmgr.vbs /dlv');
    await press(w, KEY.enter);
    await waitForText(w, 'Is this evaluation copy Windows Server, or Windows 10 or 11 Enterprise Evaluation?');
  });
});
