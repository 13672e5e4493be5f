// The DNS SRV record flow by keystrokes, from the lookup: no record (no host, publishing, a
// record made by hand) and records found (stale, suffix, key channel, try direct), with the
// typed domain, host and numbers in the commands. Codes that start further in are in
// dns-srv/codes.test.tsx, refused values in dns-srv/refusals.test.tsx.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { currentContext } from '../../src/wizard/session.js';
import { KEY, choose, press, waitForText } from '../support/ui.js';
import { answer, flowOnScreen, prose, toLookup, waitForPowerShell } from './dns-srv/walk.js';

afterEach(() => cleanup());

const SPP = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform';

describe('dns-srv: no record', () => {
  it('goes from 0x8007232B through the typed domain to the publishing fix, with the registry check', async () => {
    const w = await toLookup();
    expect(w.frame()).toContain('nslookup -type=srv _vlmcs._tcp.corp.contoso.com');
    await waitForPowerShell(w, 'Resolve-DnsName -Type SRV _vlmcs._tcp.corp.contoso.com');
    await choose(w, 'No record');
    await waitForText(w, 'Is there a KMS host in your organisation?');
    await choose(w, 'Yes, there is a KMS host');
    await waitForText(w, 'What is the KMS host\'s full DNS name?');
    await answer(w, 'kms01.corp.contoso.com');
    await waitForText(w, 'Is the KMS host publishing its record?');
    expect(w.frame()).toContain(`reg query "${SPP}" /v DisableDnsPublishing`);
    await choose(w, 'DisableDnsPublishing is 0x1');
    await waitForText(w, 'Resolution: Turn DNS publishing back on');
    const frame = w.frame();
    expect(frame).toContain(`reg query "${SPP}" /v DisableDnsPublishing`);
    expect(frame).toContain('slmgr.vbs /sdns');
    expect(frame).toContain('nslookup -type=srv _vlmcs._tcp.corp.contoso.com');
    await waitForPowerShell(w, 'DisableKeyManagementServiceDnsPublishing -Arguments @{DisablePublishing=$false}');
    expect(prose(w)).toContain('DNS publishing is off on kms01.corp.contoso.com');
    expect(frame).not.toMatch(/CurrentVersion\\SL\b/);
    // Read-only checks come before the commands that change something.
    expect(frame.indexOf('reg query')).toBeLessThan(frame.indexOf('/sdns'));
  });

  it('with no KMS host at all, offers a MAK, a KMS host or AD-based activation', async () => {
    const w = await toLookup();
    await choose(w, 'No record');
    await choose(w, 'No, there is no KMS host');
    await waitForText(w, 'Without a KMS host, how should this PC activate?');
    expect(w.frame()).toContain('Active Directory-based activation');
    await choose(w, 'With a MAK');
    await waitForText(w, 'Resolution: Activate with a MAK');
    expect(w.frame()).toContain('slmgr.vbs /ipk <product-key>');
  });

  it('publishes into the client\'s domain when the host publishes only in its own', async () => {
    const w = await toLookup();
    await choose(w, 'No record');
    await choose(w, 'Yes, there is a KMS host');
    await answer(w, 'kms01.hq.contoso.com');
    await choose(w, 'Event 12294, but for another domain');
    await waitForText(w, 'Resolution: Publish the record where the clients look');
    // The list is read first and kept: the two domains are added to what is there (issue 7, fact 8).
    expect(w.frame()).toContain(`reg query "${SPP}" /v DnsDomainPublishList`);
    expect(w.frame()).toContain("$add = @('hq.contoso.com', 'corp.contoso.com' | Where-Object");
    expect(w.frame()).toContain('-Value ([string[]]($old + $add)) -Force');
    expect(w.frame()).not.toContain('/t REG_MULTI_SZ');
    expect(w.frame()).toContain('slmgr.vbs /skms-domain hq.contoso.com');
    expect(w.frame()).toContain('nslookup -type=srv _vlmcs._tcp.hq.contoso.com');
  });

  it('hands a hand-made record to the SRV creation flow with the zone and host already filled', async () => {
    const w = await toLookup();
    await choose(w, 'No record');
    await choose(w, 'Yes, there is a KMS host');
    await answer(w, 'kms01.corp.contoso.com');
    await choose(w, 'None of these: I will create the record by hand');
    await waitForText(w, 'Which port does the KMS host listen on?');
    expect(flowOnScreen(w)).toBe('srv-create');
    expect(prose(w)).toContain('The record: _vlmcs._tcp.corp.contoso.com pointing at kms01.corp.contoso.com.');
    await press(w, KEY.enter); // default port 1688
    await waitForText(w, 'TTL');
    await press(w, KEY.enter); // default TTL 3600
    await choose(w, 'Windows DNS');
    await waitForText(w, 'Resolution:');
    expect(w.frame()).toContain('dnscmd /recordadd corp.contoso.com _vlmcs._tcp 3600 SRV 0 0 1688 kms01.corp.contoso.com');
  });
});

describe('dns-srv: records found', () => {
  it('hands the host the record names to the port 1688 flow', async () => {
    const w = await toLookup();
    await choose(w, 'One or more records');
    await waitForText(w, 'Which host does the record name?');
    await answer(w, 'kms01.corp.contoso.com');
    await waitForText(w, 'Which port does that record give?');
    await press(w, KEY.enter); // the default, 1688
    await waitForText(w, 'Is kms01.corp.contoso.com the KMS host today, listening on port 1688?');
    expect(w.frame()).toContain('nslookup kms01.corp.contoso.com');
    await choose(w, 'Yes: the right host, on the right port');
    await vi.waitFor(() => expect(flowOnScreen(w)).toBe('port-1688'));
    expect(currentContext(w.actor.getSnapshot().context).answers).toMatchObject({
      domain: 'corp.contoso.com', kmsHost: 'kms01.corp.contoso.com', port: 1688, kmsHostPort: 'kms01.corp.contoso.com:1688',
    });
  });

  it('removes a stale record naming the typed host and port', async () => {
    const w = await toLookup();
    await choose(w, 'One or more records');
    await answer(w, 'oldkms.corp.contoso.com');
    await answer(w, '1689');
    await choose(w, 'No: an old or gone host');
    await waitForText(w, 'Resolution: Remove the out-of-date SRV record');
    expect(w.frame()).toContain(
      'Get-DnsServerResourceRecord -ZoneName corp.contoso.com -Name _vlmcs._tcp -RRType Srv | Where-Object { $_.RecordData.DomainName -eq \'oldkms.corp.contoso.com.\' -and $_.RecordData.Port -eq 1689 } | Remove-DnsServerResourceRecord -ZoneName corp.contoso.com -Force',
    );
  });

  it('"nslookup finds it but activation says DNS name does not exist" leads to the suffix and /skms-domain', async () => {
    const w = await toLookup();
    await choose(w, 'One or more records');
    await answer(w, 'kms01.corp.contoso.com');
    await press(w, KEY.enter);
    await choose(w, 'Right, but activation still says');
    await waitForText(w, 'Does the client look in corp.contoso.com by itself?');
    expect(w.frame()).toContain('nslookup -type=all _vlmcs._tcp');
    await choose(w, 'The first finds nothing');
    await waitForText(w, 'Resolution: Make the client look for the record in corp.contoso.com');
    expect(w.frame()).toContain('slmgr.vbs /skms-domain corp.contoso.com');
    expect(prose(w)).toContain('nslookup finding a record does not prove the activation service can');
  });

  it('when the suffix is right too, checks the key channel, then points the client at the host', async () => {
    const w = await toLookup();
    await choose(w, 'One or more records');
    await answer(w, 'kms01.corp.contoso.com');
    await answer(w, '1689');
    await choose(w, 'Right, but activation still says');
    await choose(w, 'It finds the same');
    await waitForText(w, 'What does the Description line of slmgr /dlv say?');
    await choose(w, 'VOLUME_KMSCLIENT');
    await waitForText(w, 'Point the client straight at kms01.corp.contoso.com: does it activate?');
    expect(w.frame()).toContain('slmgr.vbs /skms kms01.corp.contoso.com:1689');
    await waitForPowerShell(w, "MachineName='kms01.corp.contoso.com'", 'PortNumber=[uint32]1689');
    await choose(w, 'It fails with the name, but works');
    await waitForText(w, 'Resolution: Fix the name record of kms01.corp.contoso.com');
  });
});
