// The setup-key lookup by keystrokes: typed words (best match first, next match, no match),
// picking from the lists, and the hand-offs to checking a key and finding the edition.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { KEY, choose, press, prose, renderWizard, type, waitForText, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

async function lookup(): Promise<WizardUnderTest> {
  const w = await renderWizard();
  await choose(w, 'Look up the KMS client setup key');
  await waitForText(w, 'How do you want to find the setup key?');
  return w;
}

async function search(words: string): Promise<WizardUnderTest> {
  const w = await lookup();
  await choose(w, 'Type the Windows version and edition');
  await waitForText(w, 'Type it in a few words');
  await type(w, words);
  await press(w, KEY.enter);
  await waitForText(w, 'Is it ');
  return w;
}

describe('key lookup by typed words', () => {
  it.each([
    ['server 2022 std', 'Windows Server 2022 Standard', 'VDYBN-27WPP-V4HQT-9VMD4-VMK7H'],
    ['win 11 enterprise n', 'Windows 11 Enterprise N', 'DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4'],
    ['ltsc 2021', 'Windows 10 Enterprise LTSC 2021', 'M7XTQ-FN8P6-TTKYV-9D4CC-J462D'],
    ['2012 r2 standard', 'Windows Server 2012 R2 Server Standard', 'D2N9P-3P6X9-2R39C-7RTCD-MDVJX'],
    ['win7 pro', 'Windows 7 Professional', 'FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4'],
  ])('"%s" finds %s first and ends at its key with ipk and ato', async (words, product, key) => {
    const w = await search(words);
    expect(w.frame()).toContain(`Is it ${product}?`);
    expect(w.frame()).toContain(`Setup key ${key}`);
    await choose(w, 'Yes, this one');
    await waitForText(w, `Resolution: KMS client setup key for ${product}`);
    expect(prose(w)).toContain(`slmgr.vbs /ipk ${key}`);
    expect(w.frame()).toContain('slmgr.vbs /ato');
    // One shell at a time: p shows the PowerShell form, the typed key in it too.
    await press(w, 'p');
    await waitForText(w, `ProductKey='${key}'`);
  });

  it('lists the next matches and steps through them, best first', async () => {
    const w = await search('win 11 pro');
    expect(w.frame()).toContain('Is it Windows 11 Pro?');
    expect(w.frame()).toContain('match 1 of 6, the best');
    expect(w.frame()).toContain('Next: Windows 11 Pro N · Windows 11 Pro for Workstations · Windows 11 Pro Education and 2 more.');
    await choose(w, 'Show the next match');
    await waitForText(w, 'Is it Windows 11 Pro N?');
    expect(w.frame()).toContain('match 2 of 6');
    await choose(w, 'Show the next match');
    await waitForText(w, 'Is it Windows 11 Pro for Workstations?');
    await choose(w, 'Yes, this one');
    await waitForText(w, 'Resolution: KMS client setup key for Windows 11 Pro for Workstations');
    expect(w.frame()).toContain('slmgr.vbs /ipk NRG8B-VKK3Q-CXVCJ-9G2XF-6Q84J');
  });

  it('goes back a match with Esc', async () => {
    const w = await search('server 2019');
    await choose(w, 'Show the next match');
    await waitForText(w, 'match 2 of 3');
    await press(w, KEY.esc);
    await waitForText(w, 'match 1 of 3, the best');
  });

  it('offers no "next" when only one key matches', async () => {
    const w = await search('server 2022 std');
    expect(w.frame()).toContain('the only setup key that matches');
    expect(w.frame()).not.toContain('Show the next match');
  });

  it('refuses words that match nothing, says which word, and keeps the text', async () => {
    const w = await lookup();
    await choose(w, 'Type the Windows version and edition');
    await type(w, 'server 2022 stnadard');
    await press(w, KEY.enter);
    await waitForText(w, 'No setup key matches "server 2022 stnadard".');
    expect(w.frame()).toContain('Nothing matches "stnadard"');
    expect(w.frame()).toContain('Try fewer words');
    expect(w.frame()).toContain('server 2022 stnadard');
  });

  it('can switch from typed words to the lists', async () => {
    const w = await search('win 11 pro');
    await choose(w, 'Pick from the list instead');
    await waitForText(w, 'Which Windows is it?');
    await choose(w, 'Windows Server');
  });
});

describe('key lookup by picking', () => {
  it('picks family, version and edition down to the key', async () => {
    const w = await lookup();
    await choose(w, 'Pick it from a list');
    await choose(w, 'Windows');
    await waitForText(w, 'Which version of Windows?');
    await choose(w, 'Windows 10 LTSB 2016');
    await waitForText(w, 'Which edition of Windows 10 LTSB 2016?');
    await choose(w, 'Windows 10 Enterprise N LTSB 2016');
    await waitForText(w, 'Resolution: KMS client setup key for Windows 10 Enterprise N LTSB 2016');
    expect(w.frame()).toContain('slmgr.vbs /ipk QFFDN-GRT3P-VKWWX-X7T3R-8B639');
  });
});

describe('key lookup hand-offs', () => {
  it('"Check a key I have" checks a pasted key', async () => {
    const w = await lookup();
    await choose(w, 'Check a key I have');
    await waitForText(w, 'Type or paste the key');
    await type(w, 'w269n-wfgwx-yvc9b-4j6c9-t83gx');
    await press(w, KEY.enter);
    await waitForText(w, 'W269N-WFGWX-YVC9B-4J6C9-T83GX is a KMS client setup key');
    expect(w.frame()).toContain('Windows 11 Pro and Windows 10 Pro');
  });

  it('"I haven\'t checked" shows where the machine names its edition, then asks for it in words', async () => {
    const w = await lookup();
    await choose(w, NOT_CHECKED_LABEL);
    await waitForText(w, 'Resolution: Find the Windows version and edition');
    expect(w.frame()).toContain('slmgr.vbs /dlv');
    await press(w, KEY.enter);
    await waitForText(w, 'Type it in a few words');
  });

  it('"I haven\'t checked" at a list of editions leads to the same place', async () => {
    const w = await lookup();
    await choose(w, 'Pick it from a list');
    await choose(w, 'Windows');
    await waitForText(w, 'Which version of Windows?');
    await choose(w, NOT_CHECKED_LABEL);
    await waitForText(w, 'Resolution: Find the Windows version and edition');
  });
});
