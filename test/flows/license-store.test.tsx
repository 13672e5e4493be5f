// The licence-store flow by keystrokes: each code asks what decides its fix, and the rebuild
// uses the tokens.dat folder of the Windows version and the key typed.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { notCheckedAt } from '../support/not-checked.js';
import { KEY, choose, press, renderWizard, type, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

const GVLK = 'NPPR9-FWDCX-D2C8J-H872K-2YT43';
/** The frame with wrapped prose joined again (commands are never wrapped). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function rebuildFrom(code: string, windows: string) {
  const w = await renderWizard({ code });
  await waitForText(w, 'Which Windows is it?');
  await choose(w, windows);
  await waitForText(w, 'Which product key goes back on');
  await type(w, GVLK);
  await press(w, KEY.enter);
  await waitForText(w, 'Resolution: Rebuild the licence store');
  return w;
}

describe('license-store flow', () => {
  it('0xC004E015 on current Windows: renames tokens.dat in store\\2.0 and reinstalls the key', async () => {
    const w = await rebuildFrom('0xC004E015', 'Windows 8.1 / Server 2012 R2 or newer');
    expect(flat(w.frame())).toContain('It is corrupted, so Windows cannot use the licence.');
    expect(w.frame()).toContain('ren %windir%\\system32\\spp\\store\\2.0\\tokens.dat tokens.bar');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${GVLK}`);
    expect(w.frame()).toContain('slmgr.vbs /rilc');
  });

  it('0xC004E002 on Windows 7: the NetworkService folder, and cmd over PowerShell', async () => {
    const w = await rebuildFrom('0xC004E002', 'Windows 7 or Windows Server 2008 R2');
    expect(flat(w.frame())).toContain('ren %windir%\\ServiceProfiles\\NetworkService\\AppData\\Roaming\\Microsoft\\SoftwareProtectionPlatform\\tokens.dat tokens.bar');
    expect(flat(w.frame())).toContain('PowerShell 3 or later');
  });

  it('0xC004F012: licence files first, then the rebuild', async () => {
    const w = await renderWizard({ code: '0xC004F012' });
    await waitForText(w, 'Have the licence files been reinstalled');
    await choose(w, 'Yes, and activation still fails');
    await waitForText(w, 'Which Windows is it?');
    await choose(w, 'Windows 8 or Windows Server 2012');
    await type(w, GVLK);
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Rebuild the licence store');
    expect(w.frame()).toContain('ren %windir%\\system32\\spp\\store\\tokens.dat tokens.bar');
    expect(flat(w.frame())).toContain('no Microsoft page confirms this fix for 0xC004F012');
  });

  it('0xC004F012 not tried yet: reinstall the licence files first', async () => {
    const w = await renderWizard({ code: '0xC004F012' });
    await choose(w, 'Not yet');
    await waitForText(w, 'Resolution: Reinstall the licence files');
    expect(w.frame()).toContain('slmgr.vbs /rilc');
  });

  it('0xC004E003 with a wrong clock: resynchronise it', async () => {
    const w = await renderWizard({ code: '0xC004E003' });
    await waitForText(w, "Is this machine's clock right?");
    await choose(w, 'The clock is wrong');
    await waitForText(w, 'Resolution: Set the clock right, then activate');
    expect(w.frame()).toContain('w32tm /resync');
  });

  it('0x8007000D with missing rights: back up the key, then repair in regedit', async () => {
    const w = await renderWizard({ code: '0x8007000D' });
    await waitForText(w, 'What does the permission check on Enum\\Root show');
    await choose(w, 'No S-1-5-18 row');
    await waitForText(w, 'Resolution: Give SYSTEM its rights back');
    expect(w.frame()).toContain('reg export "HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root"');
    // Back up first, then look, then change: the steps in the order they are done.
    const at = (text: string) => w.frame().indexOf(text);
    expect(at('reg export')).toBeLessThan(at("(Get-Acl 'HKLM:"));
    expect(at("(Get-Acl 'HKLM:")).toBeLessThan(at('In regedit'));
  });

  it.each([
    ['0xC004F012', 'Have the licence files been reinstalled', 'Resolution: Reinstall the licence files'],
    ['0xC004E003', "Is this machine's clock right?", 'Resolution: Set the clock right, then activate'],
    ['0xC004E015', 'Which Windows is it?', 'Resolution: Find out which Windows it is'],
    ['0x8007000D', 'What does the permission check on Enum\\Root show', "Resolution: Check SYSTEM's rights on Enum\\Root"],
  ])('%s: "I haven\'t checked" at "%s" leads to "%s"', async (code, question, next) => {
    await notCheckedAt(code, question, next);
  });

  it('0x8007000D with rights intact: says kms-doctor has no other confirmed cause', async () => {
    const w = await renderWizard({ code: '0x8007000D' });
    await choose(w, 'A row with FullControl and Allow');
    await waitForText(w, 'Does the check of the subkeys list any keys?');
    await choose(w, 'No, it prints nothing');
    await waitForText(w, 'Resolution: The registry permissions are fine');
    expect(flat(w.frame())).toContain('no other confirmed cause');
  });
});
