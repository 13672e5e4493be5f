// Creating the SRV record by keystrokes from the start screen: zone, host, port and TTL
// typed once, then carried exactly into DNS Manager steps, dnscmd, PowerShell, the BIND zone
// line and nsupdate; bad values refused, kept for editing and accepted once corrected.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, choose, trimmedLines, press, renderWizard, waitForText, answer, clearField, prose, waitForProse, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());




/** From the start screen through zone, host, port and TTL to the DNS server question. */
async function toServerKind(port: string, ttl: string): Promise<WizardUnderTest> {
  const w = await renderWizard();
  await waitForText(w, 'What do you have to go on?');
  await choose(w, 'Create the DNS SRV record');
  await waitForText(w, 'In which DNS zone should the record go?');
  await answer(w, 'corp.contoso.com');
  await waitForText(w, 'What is the KMS host\'s full DNS name?');
  await answer(w, 'kms01.corp.contoso.com');
  await waitForText(w, 'Which port does the KMS host listen on?');
  if (port === '') await press(w, KEY.enter);
  else await answer(w, port);
  await waitForText(w, 'How long may DNS servers cache the record (TTL)?');
  if (ttl === '') await press(w, KEY.enter);
  else await answer(w, ttl);
  await waitForText(w, 'Which kind of DNS server holds corp.contoso.com?');
  return w;
}

describe('srv-create from the start screen', () => {
  it('Windows DNS: DNS Manager steps, dnscmd and Add-DnsServerResourceRecord carry zone, host, port and TTL', async () => {
    const w = await toServerKind('1689', '7200');
    await choose(w, 'Windows DNS');
    await waitForText(w, 'Resolution: Create the SRV record on the Windows DNS server');
    const frame = w.frame();
    expect(frame).toContain('dnscmd /recordadd corp.contoso.com _vlmcs._tcp 7200 SRV 0 0 1689 kms01.corp.contoso.com');
    expect(frame).toContain('Add-DnsServerResourceRecord -ZoneName corp.contoso.com -Srv -Name "_vlmcs._tcp" -DomainName "kms01.corp.contoso.com" -Priority 0 -Weight 0 -Port 1689 -TimeToLive 02:00:00');
    expect(frame).toContain('Get-DnsServerResourceRecord -ZoneName corp.contoso.com -Name _vlmcs._tcp -RRType Srv');
    expect(frame).toContain('nslookup -type=srv _vlmcs._tcp.corp.contoso.com');
    const text = prose(w);
    expect(text).toContain('Service _VLMCS, Protocol _TCP, Priority 0, Weight 0, Port number 1689, Host offering this service kms01.corp.contoso.com');
    expect(text).toContain('"svr hostname = kms01.corp.contoso.com" and "port = 1689"');
    expect(text).toContain('Only if you keep the record by hand');
    // The record is looked at before anything is changed.
    expect(frame.indexOf('Get-DnsServerResourceRecord')).toBeLessThan(frame.indexOf('dnscmd /recordadd'));
  });

  it('BIND zone file: the line to paste, check and reload, with the defaults 1688 and 3600', async () => {
    const w = await toServerKind('', '');
    await choose(w, 'BIND');
    await waitForText(w, 'How is the zone corp.contoso.com kept on the BIND server?');
    await choose(w, 'A zone file edited by hand');
    await waitForText(w, 'Resolution: Add the SRV record to the zone file of corp.contoso.com');
    const frame = w.frame();
    expect(frame.split('\n').map((l) => l.trim())).toContain('_vlmcs._tcp.corp.contoso.com. 3600 IN SRV 0 0 1688 kms01.corp.contoso.com.');
    expect(frame).toContain('named-checkconf -z');
    expect(frame).toContain('rndc reload corp.contoso.com');
    expect(prose(w)).toContain('Raise the serial number of the SOA record');
    expect(prose(w)).toContain('"svr hostname = kms01.corp.contoso.com" and "port = 1688"');
  });

  it('BIND with dynamic updates: one nsupdate line that pastes and works', async () => {
    const w = await toServerKind('1689', '600');
    await choose(w, 'BIND');
    await choose(w, 'It takes dynamic updates');
    await waitForText(w, 'Resolution: Add the SRV record to corp.contoso.com with nsupdate');
    expect(trimmedLines(w)).toContain(
      "printf 'zone corp.contoso.com.\\nupdate add _vlmcs._tcp.corp.contoso.com. 600 IN SRV 0 0 1689 kms01.corp.contoso.com.\\nsend\\n' | nsupdate -l",
    );
  });

  it('BIND with the KMS host publishing: updates from its address only, never "any"', async () => {
    const w = await toServerKind('', '');
    await choose(w, 'BIND');
    await choose(w, 'Let the KMS host publish');
    await waitForText(w, 'What is the KMS host\'s IP address?');
    await answer(w, 'kms01.corp.contoso.com');
    await waitForProse(w, 'is a name, but the KMS host\'s address must be an IP address');
    await clearField(w);
    await answer(w, '10.0.0.21');
    await waitForText(w, 'Resolution: Let kms01.corp.contoso.com publish its own record in corp.contoso.com');
    const lines = trimmedLines(w);
    expect(lines).toContain('allow-update { 10.0.0.21; };');
    expect(lines).not.toContain('allow-update { any; };');
    expect(prose(w)).toContain('allow-update { any; };, lets any machine change the zone');
    expect(w.frame()).toContain('slmgr.vbs /sdns');
  });

  it('another DNS server: the values to type and the zone-file line', async () => {
    const w = await toServerKind('', '86400');
    await choose(w, 'Another DNS server');
    await waitForText(w, 'Resolution: Create the SRV record on your DNS server');
    expect(prose(w)).toContain('Priority 0, Weight 0, Port 1688, Target kms01.corp.contoso.com');
    expect(prose(w)).toContain('TTL 86400 seconds');
    expect(trimmedLines(w)).toContain('_vlmcs._tcp.corp.contoso.com. 86400 IN SRV 0 0 1688 kms01.corp.contoso.com.');
  });
});

describe('srv-create refuses bad values, keeps them for editing, and accepts the correction', () => {
  it('zone "corp.contoso.com; del *": names the ";", the space and the "*"', async () => {
    const w = await renderWizard();
    await choose(w, 'Create the DNS SRV record');
    await waitForText(w, 'In which DNS zone should the record go?');
    await answer(w, 'corp.contoso.com; del *');
    await waitForProse(w, 'The zone may contain only letters, digits, hyphens and dots, but this contains ";", a space and "*".');
    expect(w.frame()).toContain('DNS zone:\n› corp.contoso.com; del *');
    await clearField(w);
    await answer(w, 'corp.contoso.com');
    await waitForText(w, 'What is the KMS host\'s full DNS name?');
  });

  it('host: an IP address and "kms01 & calc" are refused, a full name is accepted', async () => {
    const w = await renderWizard();
    await choose(w, 'Create the DNS SRV record');
    await answer(w, 'corp.contoso.com');
    await waitForText(w, 'What is the KMS host\'s full DNS name?');
    await answer(w, '10.0.0.21');
    await waitForProse(w, 'An SRV record must point at a host name, not an IP address (SRV targets cannot be addresses).');
    expect(w.frame()).toContain('KMS host (full DNS name):\n› 10.0.0.21');
    await clearField(w);
    await answer(w, 'kms01 & calc');
    await waitForProse(w, 'but this contains a space and "&".');
    await clearField(w);
    await answer(w, 'kms01.corp.contoso.com');
    await waitForText(w, 'Which port does the KMS host listen on?');
  });

  it('port 99999 and TTL "1h" are refused, then corrected', async () => {
    const w = await renderWizard();
    await choose(w, 'Create the DNS SRV record');
    await answer(w, 'corp.contoso.com');
    await answer(w, 'kms01.corp.contoso.com');
    await waitForText(w, 'Which port does the KMS host listen on?');
    await answer(w, '99999');
    await waitForText(w, 'The port must be from 1 to 65535; 99999 is out of range.');
    expect(w.frame()).toContain('Port:\n› 99999');
    await clearField(w);
    await answer(w, '1689');
    await waitForText(w, 'How long may DNS servers cache the record (TTL)?');
    await answer(w, '1h');
    await waitForProse(w, 'Type the TTL as a number of seconds (3600 is one hour, 86400 one day); "1h" is not a number of seconds.');
    await clearField(w);
    await answer(w, '10');
    await waitForProse(w, '10 is out of that range');
    await clearField(w);
    await answer(w, '900');
    await waitForText(w, 'Which kind of DNS server holds corp.contoso.com?');
    await choose(w, 'Windows DNS');
    await waitForText(w, 'Resolution:');
    expect(w.frame()).toContain('dnscmd /recordadd corp.contoso.com _vlmcs._tcp 900 SRV 0 0 1689 kms01.corp.contoso.com');
    expect(w.frame()).toContain('-Port 1689 -TimeToLive 00:15:00');
  });
});
