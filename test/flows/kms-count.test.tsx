// The KMS count flow by keystrokes: the count typed on the host against what the client
// needs, how many more machines must ask, and the cloned-image (duplicate CMID) branch.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, choose, press, renderWizard, waitForText, answer, clearField, prose } from '../support/ui.js';

afterEach(() => cleanup());




/** From 0xC004F038: type the host's count, then say what the client is. */
async function countFor(count: string, product: string) {
  const w = await renderWizard({ code: '0xC004F038' });
  await waitForText(w, 'what is the Current count?');
  await answer(w, count);
  await waitForText(w, 'What does this client activate?');
  await choose(w, product);
  return w;
}

describe('kms count below what the client needs', () => {
  it('says exactly how many more machines must ask (18 for Windows clients: 7 more)', async () => {
    const w = await countFor('18', 'Windows 10 / 11');
    await waitForText(w, '7 more machines must ask this KMS host');
    expect(prose(w)).toContain('Current count 18; a Windows client PC needs 25.');
    expect(prose(w)).toContain('in the last 30 days');
    await choose(w, 'not that many machines use this host yet');
    await waitForText(w, 'Resolution: 7 more machines must ask the KMS host');
    expect(prose(w)).toContain('It needs 7 more, each a different machine.');
    expect(prose(w)).toContain('it never goes above 50');
    expect(prose(w)).toContain('install a MAK instead and activate');
    expect(prose(w)).toContain('Active Directory-based activation');
    expect(w.frame()).toContain('slmgr.vbs /dli');
  });

  it('counts against 5 for Windows Server (2: 3 more)', async () => {
    const w = await countFor('2', 'Windows Server');
    await waitForText(w, '3 more machines must ask this KMS host');
    expect(prose(w)).toContain('Windows Server needs 5');
  });

  it('explains a count of 0', async () => {
    const w = await countFor('0', 'Office');
    await waitForText(w, '5 more machines must ask this KMS host');
    expect(prose(w)).toContain('A count of 0 means no valid client has asked yet');
  });

  it('sends a count that does not rise to the CMID check, then to one host', async () => {
    const w = await countFor('1', 'Windows 10 / 11');
    await waitForText(w, '24 more machines must ask this KMS host');
    await choose(w, 'the count does not rise');
    await waitForText(w, 'Do several clients show the same Client Machine ID (CMID)?');
    await choose(w, 'every machine has its own CMID');
    await waitForText(w, 'Which KMS host should these clients use?');
    await answer(w, 'kms02.corp.contoso.com');
    await waitForText(w, 'Resolution: Use one KMS host: kms02.corp.contoso.com');
    expect(w.frame()).toContain('slmgr.vbs /skms kms02.corp.contoso.com:1688');
  });
});

describe('kms count at or above what the client needs', () => {
  it('leads a count that barely moves to the duplicate CMID resolution (not generalized)', async () => {
    const w = await countFor('30', 'Windows 10 / 11');
    await waitForText(w, 'A count of 30 is enough for a Windows client PC');
    await choose(w, 'The count barely moves');
    await waitForText(w, 'Do several clients show the same Client Machine ID (CMID)?');
    await choose(w, 'the same CMID on different machines');
    await waitForText(w, 'was its image generalized?');
    expect(w.frame()).toContain('findstr /c:"GENERALIZE" %windir%\\System32\\sysprep\\Panther\\setupact.log');
    await choose(w, 'No GENERALIZE line');
    await waitForText(w, 'Resolution: Capture a generalized image');
    expect(prose(w)).toContain('its clones share one CMID');
    expect(w.frame()).toContain('sysprep.exe /generalize /oobe /shutdown');
    expect(w.frame()).toContain('slmgr.vbs /rearm');
  });

  it('rearms clones of a generalized image', async () => {
    const w = await countFor('50', 'Windows Server');
    await waitForText(w, 'A count of 50 is enough for Windows Server');
    await choose(w, 'The count barely moves');
    await waitForText(w, 'Client Machine ID (CMID)?');
    await choose(w, 'the same CMID');
    await waitForText(w, 'was its image generalized?');
    await choose(w, "Found supported command line option 'GENERALIZE'");
    await waitForText(w, 'Resolution: Give each clone its own CMID');
    expect(prose(w)).toContain('<SkipRearm>');
    expect(w.frame()).toContain('slmgr.vbs /rearm');
    // One shell at a time: p shows the PowerShell twin of each step's command.
    await press(w, 'p');
    await waitForText(w, 'ReArmWindows');
  });

  it('says to activate again when the count has risen since', async () => {
    const w = await countFor('25', 'Windows 10 / 11');
    await waitForText(w, 'A count of 25 is enough');
    await choose(w, 'when its count was lower');
    await waitForText(w, 'Resolution: Activate again: the count is 25 now');
    expect(w.frame()).toContain('slmgr.vbs /ato');
  });

  it('points the client at the host that has the count', async () => {
    const w = await countFor('12', 'Office');
    await waitForText(w, 'A count of 12 is enough for Office');
    await choose(w, 'It asked another KMS host');
    await waitForText(w, 'Which KMS host should these clients use?');
    await answer(w, 'kms01.corp.contoso.com:1700');
    await waitForText(w, 'Resolution: Use one KMS host: kms01.corp.contoso.com');
    expect(w.frame()).toContain('slmgr.vbs /skms kms01.corp.contoso.com:1700');
  });
});

describe('kms count: a question the technician could not answer', () => {
  it('counts an unknown client against 25, and says so', async () => {
    const w = await countFor('18', "I haven't checked / I can't tell");
    await waitForText(w, '7 more machines must ask this KMS host');
    expect(prose(w)).toContain('Current count 18; this client (counted as a Windows client PC; Windows Server and Office need only 5) needs 25.');
  });

  it('goes on to the CMIDs, then to one host, when neither was checked', async () => {
    const w = await countFor('18', 'Windows 10 / 11');
    await waitForText(w, '7 more machines must ask this KMS host');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'Do several clients show the same Client Machine ID (CMID)?');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'Which KMS host should these clients use?');
  });

  it('activates again, reading the newest 12289 first, when the events were not read', async () => {
    const w = await countFor('30', 'Windows 10 / 11');
    await waitForText(w, 'A count of 30 is enough');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'Resolution: Activate again: the count is 30 now');
    const text = prose(w);
    expect(text.indexOf('Id=12288,12289')).toBeGreaterThan(0);
    expect(text.indexOf('Id=12288,12289')).toBeLessThan(text.indexOf('slmgr.vbs /ato'));
  });

  it('rearms a clone whose image may or may not be generalized, saying when that is supported', async () => {
    const w = await countFor('30', 'Windows 10 / 11');
    await choose(w, 'The count barely moves');
    await choose(w, 'the same CMID on different machines');
    await waitForText(w, 'was its image generalized?');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'Resolution: Give each clone its own CMID');
    expect(prose(w)).toContain('supported only for generalized images');
  });
});

describe('kms count: typed values', () => {
  it('refuses -3 and 51 with their reasons, keeping the text, then takes 18', async () => {
    const w = await renderWizard({ code: '0xC004F038' });
    await waitForText(w, 'what is the Current count?');
    await answer(w, '-3');
    await waitForText(w, 'The count cannot be negative (-3)');
    expect(w.frame()).toContain('Current count (0–50):\n› -3');
    await clearField(w);
    await answer(w, '51');
    await waitForText(w, 'The count never goes above 50');
    expect(w.frame()).toContain('Current count (0–50):\n› 51');
    await clearField(w);
    await answer(w, 'Current count: 18');
    await waitForText(w, 'What does this client activate?');
  });

  it('shows where the count is in "How do I find out?"', async () => {
    const w = await renderWizard({ code: '0xC004F038' });
    await waitForText(w, 'what is the Current count?');
    await press(w, KEY.tab);
    await waitForText(w, 'How do I find out?');
    expect(prose(w)).toContain('"Current count: 2"');
    expect(w.frame()).toContain('KeyManagementServiceCurrentCount');
  });
});
