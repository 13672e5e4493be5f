// The KMS host flow by keystrokes: whether a host and its key can activate a client (both ways,
// with the update it needs), activating the host, the host key limit, and one path per code.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, commandFor, press, renderWizard, waitForProse, waitForText } from '../support/ui.js';
import { flat, walk, walkToResolution, type Move } from '../keys/walk.js';

afterEach(() => cleanup());

const HOST_KEY = 'XY234-BCDFG-6789B-HJKMP-QRTVW'; // made up: well formed, in no table
const CID = '112233-445566-778899-001122-334455-667788-990011-223344';

describe('can this host activate that Windows?', () => {
  it('a 2016 host with a 2019 host key cannot activate Windows 11, and says which key can', async () => {
    const w = await renderWizard({ code: '0xC004F042' });
    await walk(w, ['Yes, our KMS host', 'Windows Server 2016', 'Windows Server 2019 host key', 'Windows (11', 'Windows 11 (']);
    await waitForText(w, 'This host key cannot activate Windows 11');
    expect(flat(w.frame())).toContain('A Windows Server 2016 host with a 2019 host key cannot activate Windows 11: that key activates Windows Server up to 2019, and Windows 10 (including LTSC), 8.1 and 7, but no Windows 11.');
    expect(flat(w.frame())).toContain('Install the 2022 host key on it (it runs on Windows Server 2016).');
    await walk(w, ['I have the new host key', { type: HOST_KEY.toLowerCase() }]);
    await waitForText(w, 'Resolution: Install the new host key on the Windows Server 2016 host');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${HOST_KEY}`);
    expect(flat(w.frame())).toContain('the letters were lower case');
  });

  it('a 2016 host with a 2019 host key can activate Server 2019, once KB4478877 is installed', async () => {
    const w = await walkToResolution('0xC004F015', ['Yes, our KMS host', 'Windows Server 2016', 'Windows Server 2019 host key', 'Windows Server', 'Windows Server 2019']);
    expect(w.frame()).toContain('Resolution: The host needs KB4478877 to activate Windows Server 2019');
    expect(flat(w.frame())).toContain('A Windows Server 2016 host with a 2019 host key can activate Windows Server 2019, once KB4478877 (December 3, 2018) or a later cumulative update is installed on the host.');
    expect(flat(w.frame())).toContain('https://support.microsoft.com/help/4478877');
    expect(w.frame()).toContain('Get-HotFix');
  });

  it('a host that can: the key is not the problem, so it asks which host the client used', async () => {
    const w = await renderWizard({ code: '0xC004F015' });
    await walk(w, ['Yes, our KMS host', 'Windows Server 2019', 'Windows Server 2022 host key', 'Windows (11', 'Windows 11 (']);
    await waitForText(w, 'This host can activate Windows 11');
    expect(flat(w.frame())).toContain('A Windows Server 2019 host with a 2022 host key can activate Windows 11.');
    await walk(w, ['No, it used another host', { type: 'kms02.corp.contoso.com' }]);
    await waitForText(w, 'Resolution: Point the client at kms02.corp.contoso.com');
    expect(w.frame()).toContain('slmgr.vbs /skms kms02.corp.contoso.com:1688');
  });

  it('no host key on a 2012 R2 host activates Windows 11: a newer host is needed', async () => {
    const w = await walkToResolution('0xC004F015', ['Yes, our KMS host', 'Windows Server 2012 R2', 'Another key, or I don\'t know', 'Windows (11', 'Windows 11 (']);
    expect(w.frame()).toContain('Resolution: A Windows Server 2012 R2 host cannot activate Windows 11');
    expect(flat(w.frame())).toContain('the host keys that activate it (2025 and 2022) run only on Windows Server 2025, 2022, 2019 or 2016');
  });

  it('a host on Windows 10 never activates Windows Server', async () => {
    const w = await walkToResolution('0xC004F015', ['Yes, our KMS host', 'Windows 10', 'Windows 10 host key', 'Windows Server', 'Windows Server 2016']);
    expect(flat(w.frame())).toContain('a KMS host on a Windows client version activates only Windows client versions, never Windows Server');
  });

  it('an unknown host key: names the key the host needs, and the update', async () => {
    const w = await renderWizard({ code: '0xC004F015' });
    await walk(w, ['Yes, our KMS host', 'Windows Server 2019', 'Another key, or I don\'t know', 'Windows Server', 'Windows Server 2025']);
    await waitForText(w, 'The host key it needs for Windows Server 2025');
    expect(flat(w.frame())).toContain('To activate Windows Server 2025, a Windows Server 2019 host needs the 2025 host key, once KB5034768 (February 13, 2024) or a later cumulative update is installed on the host.');
    await walk(w, ['It has another key: show me how']);
    await waitForText(w, 'Resolution: Get the 2025 host key');
    expect(flat(w.frame())).toContain('Install KB5034768 (February 13, 2024) or a later cumulative update on the host');
  });

  it('Azure Edition can\'t be a KMS host', async () => {
    const w = await walkToResolution('0xC004F015', ['Yes, our KMS host', 'Azure Edition']);
    expect(flat(w.frame())).toContain('Windows Server Datacenter: Azure Edition can\'t be a KMS host: it is activated by Azure itself.');
  });
});

describe('activating the KMS host', () => {
  it('host key installed but not activated: online', async () => {
    const w = await walkToResolution('0xC004F041', ['Not activated: a VOLUME_KMS', 'Online']);
    expect(w.frame()).toContain('Resolution: Activate the KMS host online');
    expect(commandFor(w, 'Activate the KMS host with Microsoft').spec).toMatchObject({ where: 'kms-host', elevated: true, changes: true });
    expect(commandFor(w, 'Activate the client again').spec).toMatchObject({ where: 'client', elevated: true, changes: true });
  });

  it('no host key yet: the typed host key, then phone activation with the confirmation ID', async () => {
    const w = await renderWizard({ code: '0xC004F041' });
    await walk(w, ['No host key', { type: HOST_KEY }, 'By phone', 'Not yet']);
    await waitForText(w, 'Resolution: Get the confirmation ID by phone');
    expect(w.frame()).toContain(`slmgr.vbs /ipk ${HOST_KEY}`);
    expect(commandFor(w, 'Show the installation ID').spec).toMatchObject({ where: 'kms-host', elevated: false, changes: false });
    await press(w, KEY.esc);
    await walk(w, ['Yes: type it in', { type: CID }]);
    await waitForText(w, 'Resolution: Activate with the confirmation ID');
    expect(w.frame()).toContain(`slmgr.vbs /atp ${CID.replaceAll('-', '')}`);
  });

  it('refuses a setup key typed as the host key', async () => {
    const w = await renderWizard({ code: '0xC004F041' });
    await walk(w, ['No host key', { type: 'WX4NM-KYWYW-QJJR4-XV3QB-6VM33' }]);
    await waitForProse(w, 'not a KMS host key (CSVLK)');
    expect(flat(w.frame())).toContain('is the public KMS client setup key for Windows Server 2022 Datacenter');
  });
});

describe('every KMS host code reaches a resolution', () => {
  const cases: [string, Move[], string, string][] = [
    ['0xC004F041', ['Activated: "License Status', { type: 'kms01.corp.contoso.com:1689' }], 'Point the client at kms01.corp.contoso.com', 'slmgr.vbs /skms kms01.corp.contoso.com:1689'],
    ['0xC004F041', ['Not activated: a VOLUME_KMS', 'By phone', 'Yes: type it in', { type: CID }], 'Activate with the confirmation ID', 'slmgr.vbs /atp 112233445566778899001122334455667788990011223344'],
    ['0xC004F042', ['No: an old host', { type: 'kms01' }], 'Point the client at kms01', 'Test-NetConnection kms01 -Port 1688'],
    ['0xC004F042', ['Yes, our KMS host', 'Windows Server 2022', 'Windows Server 2022 host key', 'Windows (11', 'Windows 11 Enterprise LTSC 2024', 'Show me how'], 'Get the 2025 host key', 'slmgr.vbs /ipk <kms-host-key>'],
    ['0xC004F015', ['Yes, our KMS host', 'Windows Server 2012 R2', 'Windows Server 2016 host key', 'Windows (11', 'Windows 10 (', ], 'The host needs KB3172614 to activate Windows 10', 'KB3172614'],
    // A 2008 R2 KMS host exists (older host key, KB3079821): it is not called impossible (issue 7, fact 13).
    ['0xC004F015', ['Yes, our KMS host', 'Windows Server 2008 R2'], 'A Windows Server 2008 R2 host runs only an older host key', 'With KB3079821 and an older host key it can activate Windows Server 2012 R2, Windows Server 2012 and Windows 10'],
    ['0xC004F015', ['Yes, our KMS host', 'Windows Server 2019', 'Windows Server 2019 host key', 'Windows Server', 'Windows Server 2016', 'Yes, the client used this host'], 'Confirm the host key and update the host', 'Get-WinEvent'],
    ['0xC004F015', ['Yes, our KMS host', 'Windows Server 2016', 'slmgr /ipk refused'], 'Host keys a Windows Server 2016 host can run', 'A Windows Server 2016 host can run the 2022, 2019 or 2016 host key'],
    ['0xC004C008', ['more than six KMS hosts'], 'Ask Microsoft for more host key activations', 'activation-centers'],
    ['0xC004C008', ['installed on ordinary PCs'], 'Take the host key off ordinary machines', 'VOLUME_KMSCLIENT'],
    ['0xC004F06B', ['Windows Server 2008 or Windows Vista'], 'Move the KMS host to a current Windows Server', 'Get-CimInstance Win32_OperatingSystem'],
    ['0xC004F06B', ['A newer Windows'], 'Escalate: a current KMS host should not say this', 'slmgr.vbs /dlv'],
  ];
  it.each(cases)('%s → %j ends at "%s"', async (code, moves, title, text) => {
    const w = await walkToResolution(code, moves);
    expect(w.frame()).toContain(`Resolution: ${title}`);
    expect(flat(w.frame())).toContain(text);
  });

  it('without a code, starts from what goes wrong with the host', async () => {
    const w = await walkToResolution(undefined, ['No code', 'VOLUME_KMS or VOLUME_KMS_C', 'The host itself is not activated', 'Not activated: a VOLUME_KMS', 'Online']);
    expect(w.frame()).toContain('Resolution: Activate the KMS host online');
  });
});
