// The grace/genuine flow by keystrokes: each code goes straight to the question that decides
// its fix, and every path ends at a resolution.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { notCheckedAt } from '../support/not-checked.js';
import { KEY, choose, press, renderWizard, type, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

const MAK = 'BCDFG-HJKMP-QRTVW-XY234-6789B';
/** The frame with wrapped prose joined again (commands are never wrapped). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('grace-genuine flow', () => {
  it('0xC004F009 on a MAK that reaches the internet: activate online', async () => {
    const w = await renderWizard({ code: '0xC004F009' });
    await waitForText(w, 'Which channel does the Description line');
    await choose(w, 'VOLUME_MAK');
    await choose(w, 'Yes: activate online');
    await waitForText(w, 'Resolution: Activate the MAK (online)');
    expect(w.frame()).toContain('slmgr.vbs /ato');
  });

  it('0xC004F064 says the grace period is over and, with your own key, leads to Microsoft', async () => {
    const w = await renderWizard({ code: '0xC004F064' });
    await waitForText(w, "Is the installed key your organisation's?");
    expect(flat(w.frame())).toContain('Its non-genuine grace period has already ended.');
    await choose(w, 'Yes: our MAK');
    await waitForText(w, 'Resolution: Contact the Microsoft Licensing Activation Centers');
  });

  it('0xC004F065 with a key that is not yours: installs the MAK you type', async () => {
    const w = await renderWizard({ code: '0xC004F065' });
    await waitForText(w, 'Windows keeps working during the non-genuine grace period');
    await choose(w, 'install our MAK');
    await waitForText(w, "Type your organisation's MAK");
    await type(w, MAK.toLowerCase());
    await press(w, KEY.enter);
    await choose(w, 'Yes: activate online');
    await waitForText(w, 'Resolution: Install your genuine MAK (online)');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${MAK}`);
    await press(w, 'p');
    await waitForText(w, `ProductKey='${MAK}'`);
  });

  it('0x8004FE21 with several display languages: language packs, then a reinstall', async () => {
    const w = await renderWizard({ code: '0x8004FE21' });
    await waitForText(w, 'How many display languages');
    expect(w.frame()).toContain('dism /online /get-intl');
    await choose(w, 'More than one');
    await waitForText(w, 'Resolution: Language packs on an edition not licensed for them');
  });

  it('0x8004FE21 with one language and damaged files', async () => {
    const w = await renderWizard({ code: '0x8004FE21' });
    await choose(w, 'Only one');
    await waitForText(w, 'What does sfc /verifyonly end with?');
    await choose(w, 'found integrity violations');
    await waitForText(w, 'Resolution: Damaged system files: reinstall Windows');
  });

  it('0xC004F200 on Windows 7 with KB971033: remove it, rebuild, then the edition\'s setup key goes back', async () => {
    const w = await renderWizard({ code: '0xC004F200' });
    await waitForText(w, 'Is this Windows 7, and does Get-HotFix list KB971033?');
    await choose(w, 'Windows 7, and Get-HotFix lists KB971033');
    await waitForText(w, 'Which Windows 7 edition is it?');
    await choose(w, 'Windows 7 Enterprise');
    await waitForText(w, 'Resolution: Remove KB971033 (Windows 7 Enterprise)');
    expect(w.frame()).toContain('wusa /uninstall /kb:971033');
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Rebuild the activation files');
    expect(w.frame()).toContain('net stop sppuinotify');
    expect(w.frame()).toContain('tokens.dat');
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Put the setup key back (Windows 7 Enterprise)');
    expect(w.frame()).toContain('slmgr.vbs /ipk 33PXH-7Y6KF-2VJC9-XBBR8-HVTHH');
    expect(w.frame()).toContain('sc config sppuinotify start= demand');
  });

  it.each([
    ['0xC004F009', 'Which channel does the Description line', 'Resolution: Find the licence channel'],
    ['0xC004F065', "Is the installed key your organisation's?", 'Resolution: Find out whose key it is'],
    ['0x8004FE21', 'How many display languages', 'What does sfc /verifyonly end with?'],
    ['0xC004F200', 'Is this Windows 7, and does Get-HotFix list KB971033?', 'Resolution: Find out the version and the update'],
  ])('%s: "I haven\'t checked" at "%s" leads on to "%s"', async (code, question, next) => {
    await notCheckedAt(code, question, next);
  });

  it('0x8004FE21 with nothing checked: the reinstall, with the checks that tell what to prepare', async () => {
    const w = await renderWizard({ code: '0x8004FE21' });
    await choose(w, NOT_CHECKED_LABEL);
    await waitForText(w, 'What does sfc /verifyonly end with?');
    await choose(w, NOT_CHECKED_LABEL);
    await waitForText(w, 'Resolution: Not genuine: reinstall Windows');
    expect(w.frame()).toContain('dism /online /get-intl');
    expect(w.frame()).toContain('sfc /verifyonly');
  });

  it('0xC004F200 elsewhere: says plainly that no cause is confirmed', async () => {
    const w = await renderWizard({ code: '0xC004F200' });
    await choose(w, 'or a newer Windows');
    await waitForText(w, 'Resolution: Not genuine, without a known cause');
    expect(w.frame()).toContain('slui.exe 0x2a 0xC004F200');
  });
});
