// Issue 7, part 2: the PowerShell/CIM twins of slmgr do what slmgr does (checked against
// slmgr.vbs's own source): facts 2, 3, 5, 6, 7 and 9, and that every twin runs in Windows
// PowerShell 5.1 on one line.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import type { CommandSpec } from '../../flows/step.js';
import { everyCommand } from '../support/steps.js';

const library = getCatalog().commands;
const twinOf = (id: string): CommandSpec => {
  const twin = library[id]?.twin;
  if (!twin) throw new Error(`${id} has no twin`);
  return twin;
};
const WINDOWS_APP = "ApplicationID='55c92734-d682-4d71-983e-d6ec3f16059f'";
const powershell = () => everyCommand().filter((c) => c.shell === 'powershell');

/** slmgr.vbs's words after "License Status: " for LicenseStatus 0 to 6 (its L_MsgLicenseStatus*_1). */
const SLMGR_STATUS_WORDS = [
  'Unlicensed',
  'Licensed',
  'Initial grace period',
  'Additional grace period (KMS license expired or hardware out of tolerance)',
  'Non-genuine grace period.',
  'Notification',
  'Extended grace period',
];

describe('fact 2: twins that mean "the Windows licence" leave add-on licences (an ESU key) alone', () => {
  it('every Windows SoftwareLicensingProduct filter has LicenseIsAddon=FALSE, except the "/dlv all" list', () => {
    const filtered = Object.entries(library).filter(([, c]) => c.twin?.text.includes(WINDOWS_APP) || c.text.includes(WINDOWS_APP));
    expect(filtered.length).toBeGreaterThan(8);
    const missing = filtered
      .filter(([, c]) => !/\/dlv all\b/.test(c.text))
      .filter(([, c]) => ![c.text, c.twin?.text ?? ''].some((t) => t.includes(WINDOWS_APP) && t.includes('LicenseIsAddon=FALSE')))
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it.each(['slmgr-upk', 'slmgr-ato', 'slmgr-atp', 'slmgr-dti'])('the %s twin names only the Windows licence', (id) => {
    expect(twinOf(id).text).toContain('AND LicenseIsAddon=FALSE');
  });
});

describe('fact 3: the KMS host\'s /dlv twin shows the licence as well as the KMS settings', () => {
  it.each(['Name', 'Description', 'LicenseStatus', 'PartialProductKey'])('shows %s from SoftwareLicensingProduct', (property) => {
    const text = twinOf('slmgr-dlv-host').text;
    const product = text.slice(text.indexOf('SoftwareLicensingProduct'), text.indexOf('SoftwareLicensingService'));
    expect(product).toContain(property);
    // The service's KMS settings (listening port, count, publishing …) come by wildcard.
    expect(text.slice(text.indexOf('SoftwareLicensingService'))).toMatch(/KeyManagementServiceListeningPort|\*KeyManagementService\*/);
  });
});

describe('fact 5: the ipconfig /all twin shows what the questions ask for', () => {
  it.each([
    ['the host name', 'HostName'],
    ['the primary DNS suffix', '[Net.NetworkInformation.IPGlobalProperties]::GetIPGlobalProperties()'],
    ['the primary DNS suffix', '$g.DomainName'],
    ['each adapter\'s connection-specific suffix', 'Get-DnsClient | Format-Table InterfaceAlias, ConnectionSpecificSuffix'],
    ['each adapter\'s address', 'Get-NetIPAddress'],
    ['the DNS servers', 'Get-DnsClientServerAddress'],
  ])('%s (%s)', (_what, part) => {
    expect(twinOf('ipconfig-all').text).toContain(part);
  });
});

describe('fact 6: the /ipk, /ato, /atp and /upk twins refresh the licence status afterwards, as slmgr does', () => {
  const acting = Object.entries(library).filter(([, c]) => /slmgr\.vbs( \{computerName\})? \/(ipk|ato|atp|upk)\b/.test(c.text));

  it('finds them', () => {
    expect(acting.map(([id]) => id)).toEqual(expect.arrayContaining(['slmgr-ipk', 'slmgr-ato', 'slmgr-atp', 'slmgr-upk', 'slmgr-ipk-host', 'slmgr-ato-remote']));
  });

  it.each(acting)('%s calls RefreshLicenseStatus after its action', (_id, command) => {
    const text = command.twin!.text;
    const action = Math.max(...['InstallProductKey', 'MethodName Activate', 'DepositOfflineConfirmationId', 'UninstallProductKey'].map((m) => text.indexOf(m)));
    expect(action).toBeGreaterThan(-1);
    expect(text.indexOf('RefreshLicenseStatus')).toBeGreaterThan(action);
  });
});

describe('fact 7: the /rilc twin reinstalls both folders slmgr reinstalls', () => {
  it.each(['System32\\spp\\tokens', 'System32\\oem'])('%s', (folder) => {
    expect(twinOf('slmgr-rilc').text).toContain(folder);
    expect(twinOf('slmgr-rilc').text).toContain('*.xrm-ms');
  });
});

describe('fact 9: twins say the licence status in slmgr\'s words', () => {
  const showing = Object.entries(library).filter(([, c]) => c.twin && /(?<![A-Za-z])LicenseStatus\b(?!Reason)/.test(c.twin.text) && !/slmgr\.vbs \/xpr/.test(c.text));

  it('finds the twins that show LicenseStatus', () => {
    expect(showing.map(([id]) => id)).toEqual(expect.arrayContaining(['slmgr-dlv', 'slmgr-dli', 'slmgr-dlv-host', 'slmgr-dlv-remote', 'slmgr-dlv-all']));
  });

  it.each(showing)('%s maps 0–6 to slmgr\'s words, in order', (_id, command) => {
    const list = `(${SLMGR_STATUS_WORDS.map((w) => `'${w}'`).join(',')})[$_.LicenseStatus]`;
    expect(command.twin!.text).toContain(list);
  });

  it('the /xpr twin says "The machine is permanently activated." when no time is left on a licensed machine', () => {
    const text = twinOf('slmgr-xpr').text;
    // With time left it gives the end date; licensed (1) with none left is permanent.
    expect(text).toContain("@{n='Expires';e={$m = $_.GracePeriodRemaining; if ($m) { (Get-Date).AddMinutes($m) } elseif ($_.LicenseStatus -eq 1) { 'The machine is permanently activated.' }}}");
    expect(text).not.toContain('DaysLeft');
  });

  it('the /xpr twin never words the kind of activation itself (issue 15, item 13)', () => {
    // slmgr says "Volume", "Timebased" or "Automatic VM activation will expire", by the channel
    // in the Description; the twin shows that Description and the end date instead of guessing one.
    const text = twinOf('slmgr-xpr').text;
    expect(text).not.toMatch(/Volume activation will expire/);
    expect(text).toMatch(/Format-List Name, Description, /);
  });
});

describe('every PowerShell command runs in Windows PowerShell 5.1', () => {
  it.each([
    ['the pipeline chain operators && and ||', /&&|\|\|/],
    ['the null-coalescing ?? and ?.', /\?\?|\?\./],
    ['the ternary operator', /\s\?\s[^:]*\s:\s/],
  ])('none uses %s (PowerShell 7 only)', (_what, pattern) => {
    expect(powershell().filter((c) => pattern.test(c.text)).map((c) => c.text)).toEqual([]);
  });
});

describe('every command fits one page of the smallest window', () => {
  // A command is never cut, so it must fit the text area of a 60×20 window on its own: 10 rows
  // of 60 columns once the question, one choice and the keys are pinned (test/wizard/fits.test.tsx).
  const MAX = 600;
  const commands: [string, string][] = Object.entries(library).flatMap(([id, c]): [string, string][] => [[id, c.text], ...(c.twin ? [[`${id} (PowerShell)`, c.twin.text] as [string, string]] : [])]);
  it.each(commands)('%s', (_id, text) => {
    expect(text.length).toBeLessThanOrEqual(MAX);
  });
});
