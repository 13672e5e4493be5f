// The appendix procedures by keystrokes, from the start screen: each method is reachable, and
// the commands carry exactly the values typed; bad values are refused and kept for editing.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { fieldSpec } from '../../src/input/fields.js';
import { currentFrame } from '../../src/wizard/session.js';
import { KEY, choose, commandFor, press, renderWizard, waitForText, answer, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const KEY_TYPED = 'BCDFG-HJKMP-QRTVW-XY234-6789B';
const CID = '112233-445566-778899-001122-334455-667788-990011-223344';
/** The frame with wrapped prose joined again (commands are never wrapped). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The message a field refuses `text` with (whatever its validator says today). */
function refusal(field: string, text: string): string {
  const v = fieldSpec(field).validate(text, {});
  if (v.ok) throw new Error(`${field} accepts "${text}"`);
  return v.message;
}

async function method(label: string): Promise<WizardUnderTest> {
  const w = await renderWizard();
  await waitForText(w, 'What do you have to go on?');
  await choose(w, 'Common procedures');
  await waitForText(w, 'Which procedure do you need?');
  await choose(w, label);
  return w;
}


describe('procedures flow', () => {
  it('method 1: change to the typed MAK and activate online', async () => {
    const w = await method('Method 1');
    await waitForText(w, 'Type the MAK');
    await answer(w, KEY_TYPED);
    await choose(w, 'Yes: activate online');
    await waitForText(w, 'Resolution: Change the product key to a MAK (online)');
    expect(w.frame()).toContain(`cscript //nologo %windir%\\system32\\slmgr.vbs /ipk ${KEY_TYPED}`);
    expect(w.frame()).toContain('slmgr.vbs /ato');
  });

  it('method 2: role, host key and checks before the call; the typed confirmation ID, firewall and restart after', async () => {
    const w = await method('Method 2');
    await waitForText(w, 'Type the KMS host key (CSVLK)');
    await answer(w, KEY_TYPED);
    await choose(w, 'No: activate by phone');
    await waitForText(w, 'Phone activation: do you have the confirmation ID yet?');
    await choose(w, 'Not yet');
    await waitForText(w, 'Resolution: Set up the KMS host (by phone)');
    let f = w.frame();
    expect(f).toContain('Install-WindowsFeature -Name VolumeActivation -IncludeManagementTools');
    expect(f).toContain(`slmgr.vbs /ipk ${KEY_TYPED}`);
    expect(commandFor(w, 'Install the KMS host key (CSVLK)').spec).toMatchObject({ where: 'kms-host', elevated: true, changes: true });
    expect(f).toContain('Id=12293,12294');
    expect(f).toContain('slmgr.vbs /dti');
    await press(w, KEY.esc);
    await waitForText(w, 'Yes: type it in');
    await choose(w, 'Yes: type it in');
    await answer(w, CID);
    await waitForText(w, 'Resolution: Activate with the confirmation ID');
    f = w.frame();
    expect(f).toContain(`slmgr.vbs /atp ${CID.replaceAll('-', '')}`);
    expect(f).toContain('Set-NetFirewallRule -Name SPPSVC-In-TCP');
    expect(f).toContain('Restart-Service sppsvc');
    expect(f).toContain('Id=12293,12294'); // the checks again, for "Run the checks again"
  });

  it('method 3: goes on to creating the SRV record', async () => {
    const w = await method('Method 3');
    await vi.waitFor(() => expect(currentFrame(w.actor.getSnapshot().context).flow).toBe('srv-create'));
  });

  it('method 4: a typed host and port end up in /skms and its PowerShell twin', async () => {
    const w = await method('Method 4');
    await choose(w, 'Use one KMS host that I name');
    await waitForText(w, 'Which KMS host should this client use?');
    await answer(w, 'kms01.corp.contoso.com:1700');
    await waitForText(w, 'Resolution: Point this client at kms01.corp.contoso.com:1700');
    expect(w.frame()).toContain('slmgr.vbs /skms kms01.corp.contoso.com:1700');
    expect(w.frame()).toContain("@{MachineName='kms01.corp.contoso.com'}");
    expect(w.frame()).toContain('@{PortNumber=[uint32]1700}');
    expect(w.frame()).toContain('Test-NetConnection kms01.corp.contoso.com -Port 1700');
  });

  it('method 4: without a port, /skms uses 1688', async () => {
    const w = await method('Method 4');
    await choose(w, 'Use one KMS host that I name');
    await answer(w, 'kms01.corp.contoso.com');
    await waitForText(w, 'slmgr.vbs /skms kms01.corp.contoso.com:1688');
  });

  it('method 4: refuses "kms01 & calc" with its message and keeps the text', async () => {
    const w = await method('Method 4');
    await choose(w, 'Use one KMS host that I name');
    await waitForText(w, 'Which KMS host should this client use?');
    await answer(w, 'kms01 & calc');
    await vi.waitFor(() => expect(flat(w.frame())).toContain(refusal('kmsHost', 'kms01 & calc')));
    expect(w.frame()).toContain('kms01 & calc');
    expect(w.frame()).toContain('Which KMS host should this client use?');
  });

  it('method 4: a lookup domain for a client in another zone', async () => {
    const w = await method('Method 4');
    await choose(w, 'Look for KMS hosts in another DNS domain');
    await answer(w, 'emea.contoso.com');
    await waitForText(w, 'Resolution: Look for KMS hosts in emea.contoso.com');
    expect(w.frame()).toContain('slmgr.vbs /skms-domain emea.contoso.com');
    expect(w.frame()).toContain("@{LookupDomain='emea.contoso.com'}");
  });

  it('method 4: clearing a host set by hand', async () => {
    const w = await method('Method 4');
    await choose(w, 'Forget a host set by hand');
    await waitForText(w, 'Resolution: Go back to finding the KMS host through DNS');
    expect(w.frame()).toContain('slmgr.vbs /ckms');
  });

  it('method 5: the reg command and its PowerShell twin carry exactly the typed domains', async () => {
    const w = await method('Method 5');
    await waitForText(w, 'Which DNS domains should the KMS host publish into?');
    await answer(w, 'corp.contoso.com, EMEA.contoso.com;apac.contoso.com');
    await waitForText(w, 'Resolution: Publish the KMS host in corp.contoso.com, emea.contoso.com, apac.contoso.com');
    expect(w.frame()).toContain(
      'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform" /v DnsDomainPublishList /t REG_MULTI_SZ /d "corp.contoso.com\\0emea.contoso.com\\0apac.contoso.com" /f',
    );
    expect(w.frame()).toContain("-PropertyType MultiString -Value @('corp.contoso.com','emea.contoso.com','apac.contoso.com') -Force");
    expect(w.frame()).toContain('Restart-Service sppsvc -Force');
    expect(w.frame()).toContain('Id=12293,12294');
  });

  it('method 5: refuses "corp.contoso.com; del *", names the character and keeps the text', async () => {
    const w = await method('Method 5');
    await waitForText(w, 'Which DNS domains should the KMS host publish into?');
    await answer(w, 'corp.contoso.com; del *');
    await vi.waitFor(() => expect(flat(w.frame())).toContain('this contains "*".'));
    expect(w.frame()).toContain('corp.contoso.com; del *');
    expect(w.frame()).toContain('Which DNS domains should the KMS host publish into?');
  });
});
