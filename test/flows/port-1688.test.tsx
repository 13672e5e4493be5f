// The TCP 1688 flow by keystrokes: the typed host and port fill every command after them,
// bad values are refused with their message and kept for editing, and each branch ends
// where a technician would expect.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { currentContext, currentFrame } from '../../src/wizard/session.js';
import { KEY, choose, press, renderWizard, waitForProse, waitForText, answer, clearField, prose, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const flowOf = (w: WizardUnderTest) => currentFrame(w.actor.getSnapshot().context).flow;
const codeOf = (w: WizardUnderTest) => currentContext(w.actor.getSnapshot().context).code;



/** Starts at 0xC004F039 and reaches the port test for `host`. */
async function atPortTest(host: string, code = '0xC004F039') {
  const w = await renderWizard({ code });
  await waitForText(w, 'Which KMS host does this client try to reach?');
  await answer(w, host);
  await waitForText(w, 'What does TcpTestSucceeded say?');
  return w;
}

/** Port closed, service running, firewall rule on: the question which port the host listens on. */
async function atListeningPort() {
  const w = await atPortTest('kms01.corp.contoso.com');
  await choose(w, 'TcpTestSucceeded : False');
  await waitForText(w, 'Software Protection service running?');
  await choose(w, 'Status: Running');
  await waitForText(w, 'firewall rule enabled?');
  await choose(w, 'Enabled : True');
  await waitForText(w, 'which port does it listen on?');
  return w;
}


describe('port 1688: the port does not answer', () => {
  it('fills the typed host and port into the test and into the resolution', async () => {
    const w = await atPortTest('kms01.corp.contoso.com:1700');
    expect(w.frame()).toContain('Test-NetConnection kms01.corp.contoso.com -Port 1700');
    await choose(w, 'TcpTestSucceeded : False');
    await waitForText(w, 'is the Software Protection service running?');
    expect(w.frame()).toContain('Get-Service sppsvc');
    await choose(w, 'Status: Stopped');
    await waitForText(w, 'Resolution: Start the Software Protection service on the KMS host');
    expect(prose(w)).toContain('nothing answers KMS requests on port 1700');
    expect(w.frame()).toContain('Start-Service sppsvc');
    expect(w.frame()).toContain('Test-NetConnection kms01.corp.contoso.com -Port 1700');
  });

  it('turns on the firewall rule that is off by default, with PowerShell and netsh', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, 'TcpTestSucceeded : False');
    await waitForText(w, 'Software Protection service running?');
    await choose(w, 'Status: Running');
    await waitForText(w, 'is the KMS firewall rule enabled?');
    await choose(w, 'Enabled : False');
    await waitForText(w, 'Resolution: Turn on the KMS firewall rule');
    expect(w.frame()).toContain('Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True');
    expect(w.frame()).toContain('netsh advfirewall firewall set rule name="Key Management Service (TCP-In)" new enable=yes');
    expect(w.frame()).toContain('Test-NetConnection kms01.corp.contoso.com -Port 1688');
  });

  it('points the client at the port the host listens on, after refusing port 99999', async () => {
    const w = await atListeningPort();
    await answer(w, '99999');
    await waitForText(w, 'The listening port must be from 1 to 65535; 99999 is out of range.');
    expect(w.frame()).toContain('Listening on Port:\n› 99999');
    await clearField(w);
    await answer(w, '1700');
    await waitForText(w, 'Resolution: Point the client at port 1700');
    expect(prose(w)).toContain('the client tried port 1688');
    expect(w.frame()).toContain('slmgr.vbs /skms kms01.corp.contoso.com:1700');
    // One shell at a time: p shows the PowerShell twin of the same step.
    await press(w, 'p');
    await waitForText(w, "MachineName='kms01.corp.contoso.com'");
    expect(w.frame()).toContain('PortNumber=[uint32]1700');
  });

  it('blames the network in between when the host listens on the tested port (Enter takes 1688)', async () => {
    const w = await atListeningPort();
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Open TCP 1688 on the way to the KMS host');
    expect(w.frame()).toContain('Get-NetTCPConnection -State Listen -LocalPort 1688');
    expect(w.frame()).toContain('psping kms01.corp.contoso.com:1688');
  });

  it('asks for the current host when the old one is retired, and starts again from port 1688', async () => {
    const w = await atPortTest('oldkms.corp.contoso.com:1700', '0x800706BA');
    await choose(w, 'TcpTestSucceeded : False');
    await waitForText(w, 'Software Protection service running?');
    await choose(w, 'no longer a KMS host');
    await waitForText(w, 'Which server is the KMS host now?');
    await answer(w, 'kms02.corp.contoso.com');
    await waitForText(w, 'Resolution: Point the client at kms02.corp.contoso.com');
    expect(w.frame()).toContain('slmgr.vbs /skms kms02.corp.contoso.com:1688');
    expect(w.frame()).toContain('slmgr.vbs /ckms');
  });

  it('opens the way to Azure KMS when the host is Microsoft\'s', async () => {
    const w = await atPortTest('azkms.core.windows.net:1688');
    await choose(w, 'TcpTestSucceeded : False');
    await waitForText(w, 'Software Protection service running?');
    await choose(w, 'Azure KMS host');
    await waitForText(w, 'Resolution: Open the way to Azure KMS');
    expect(w.frame()).toContain('slmgr.vbs /skms azkms.core.windows.net:1688');
    expect(w.frame()).toContain('Test-NetConnection azkms.core.windows.net -Port 1688');
  });

  it('hands a name that does not resolve to the DNS flow, with the host kept', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, 'WARNING: Name resolution of kms01.corp.contoso.com failed');
    await vi.waitFor(() => expect(flowOf(w)).toBe('dns-srv'));
    expect(currentContext(w.actor.getSnapshot().context).answers.kmsHost).toBe('kms01.corp.contoso.com');
  });
});

describe('port 1688: the port answers', () => {
  it('points the client away from a stale or pinned host', async () => {
    const w = await atPortTest('kms01.corp.contoso.com:1700');
    await choose(w, 'TcpTestSucceeded : True');
    await waitForText(w, 'Port 1700 answers. What do the client\'s KMS events show?');
    await choose(w, 'another host than kms01.corp.contoso.com');
    await waitForText(w, 'Resolution: Point the client at kms01.corp.contoso.com');
    // slmgr /dlv names no KMS host on a client that is not activated (issue 7, fact 1).
    expect(prose(w)).toContain('KeyManagementServiceMachine is a host set by hand');
    expect(prose(w)).toContain('Get-CimInstance SoftwareLicensingService | Format-List ClientMachineID, KeyManagementServiceMachine');
    expect(w.frame()).toContain('slmgr.vbs /skms kms01.corp.contoso.com:1700');
    expect(w.frame()).toContain('slmgr.vbs /ckms');
  });

  it('looks at the host when a 12288 gets no 12289', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, 'TcpTestSucceeded : True');
    await waitForText(w, 'What do the client\'s KMS events show?');
    await choose(w, 'no 12289 after it');
    await waitForText(w, 'Resolution: Why the KMS host does not reply');
    expect(w.frame()).toContain("LogName='Key Management Service'; Id=12290");
    expect(w.frame()).toContain('nslookup kms01.corp.contoso.com');
  });

  it('hands 0xC004F042 to the KMS host flow by its code', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, 'TcpTestSucceeded : True');
    await waitForText(w, 'What do the client\'s KMS events show?');
    await choose(w, '0xC004F042');
    await waitForText(w, '0xC004F042 — ');
    expect(flowOf(w)).toBe('kms-host');
    expect(codeOf(w)).toBe('0xC004F042');
  });

  it('asks for another result code to be typed', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, 'TcpTestSucceeded : True');
    await waitForText(w, 'What do the client\'s KMS events show?');
    await choose(w, 'Another result code');
    await waitForText(w, 'Type or paste the error code');
  });
});

describe('port 1688: typed values', () => {
  it('refuses a host with shell characters and keeps the text, then takes the corrected one', async () => {
    const w = await renderWizard({ code: '0xC004F039' });
    await waitForText(w, 'Which KMS host does this client try to reach?');
    await answer(w, 'kms01 & calc');
    await waitForText(w, 'A host name has only letters, digits, hyphens and dots; this one contains a space and "&".');
    expect(w.frame()).toContain('kms01 & calc');
    expect(w.frame()).toContain('Which KMS host does this client try to reach?');
    await clearField(w);
    await answer(w, 'kms01');
    await waitForText(w, 'Test-NetConnection kms01 -Port 1688');
  });

  it('refuses port 99999 after the host, then takes an IPv6 address in brackets', async () => {
    const w = await renderWizard({ code: '0xC004F039' });
    await waitForText(w, 'Which KMS host does this client try to reach?');
    await answer(w, 'kms01.corp.contoso.com:99999');
    await waitForText(w, 'The port after the colon must be from 1 to 65535; 99999 is out of range.');
    expect(w.frame()).toContain('kms01.corp.contoso.com:99999');
    await clearField(w);
    await answer(w, '[fd00::15]:1700');
    await waitForText(w, 'Test-NetConnection fd00::15 -Port 1700');
  });

  it('shows where to find the host in "How do I find out?"', async () => {
    const w = await renderWizard({ code: '0x800706BA' });
    await waitForText(w, 'Which KMS host does this client try to reach?');
    await press(w, KEY.tab);
    await waitForText(w, 'How do I find out?');
    expect(prose(w)).toContain('The client\'s event 12288 names the host it asked as its third value');
    expect(prose(w)).not.toContain('"KMS machine name from DNS:"');
  });
});

describe('port 1688: a question the technician could not answer', () => {
  it('goes on to the host\'s checks without the port test, then lists them in order', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'On the KMS host: is the Software Protection service running?');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'Resolution: Check the KMS host step by step');
    const text = prose(w);
    const order = ['Get-Service sppsvc', 'Get-NetFirewallRule -Name SPPSVC-In-TCP', 'slmgr.vbs /dlv', 'Test-NetConnection kms01.corp.contoso.com -Port 1688', 'slmgr.vbs /ato'];
    const at = order.map((c) => text.indexOf(c));
    expect(at.every((i) => i >= 0), text).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('without the firewall rule read, lists the host\'s checks too', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, 'TcpTestSucceeded : False');
    await choose(w, 'Status: Running');
    await waitForText(w, 'is the KMS firewall rule enabled?');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'Resolution: Check the KMS host step by step');
  });

  it('without the client\'s events, activates once more and looks the printed code up', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await choose(w, 'TcpTestSucceeded : True');
    await waitForText(w, 'What do the client\'s KMS events show?');
    await choose(w, "I haven't checked / I can't tell");
    await waitForText(w, 'Resolution: See what the KMS host answers');
    expect(w.frame()).toContain("LogName='Key Management Service'; Id=12290");
    expect(w.frame()).toContain('slmgr.vbs /ato');
    await press(w, KEY.enter);
    await waitForText(w, 'Type or paste the error code');
  });

  it('says in the help that pasting the test\'s output answers the question', async () => {
    const w = await atPortTest('kms01.corp.contoso.com');
    await press(w, 'h');
    await waitForProse(w, 'Pasting that output here answers the question.');
  });
});
