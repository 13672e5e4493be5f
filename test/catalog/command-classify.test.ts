// The safety table's reader on its own: each kind of command a technician is shown, with what it
// does written out here, so that a mistake in the table cannot hide behind data that agrees with it.

import { describe, expect, it } from 'vitest';
import type { Shell } from '../../flows/step.js';
import { classify, registryProblems } from '../support/command-safety.js';

type Row = [shell: Shell, text: string, changes: boolean, elevation: 'required' | 'none' | 'either'];

const CHANGING: Row[] = [
  ['cmd', 'ren %windir%\\system32\\spp\\store\\2.0\\tokens.dat tokens.bar', true, 'required'],
  ['cmd', 'ren {tokensDir}\\tokens.dat tokens.bar', true, 'required'],
  ['cmd', 'ren C:\\temp\\a.txt b.txt', true, 'either'],
  ['cmd', 'del %windir%\\system32\\7B296FB0-376B-497e-B012-9C450E1B7327-5P-0.C7483456-A289-439d-8115-601632D005A0', true, 'required'],
  ['cmd', 'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform" /v SkipRearm /t REG_DWORD /d 0 /f', true, 'required'],
  ['cmd', 'reg delete "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform" /v DisableDnsPublishing /f', true, 'required'],
  ...['ipk KEY', 'upk', 'rearm', 'skms kms01:1688', 'ckms', 'cpky', 'rilc', 'sprt 1688', 'cdns', 'sdns', 'spri', 'cpri', 'skhc', 'ckhc', 'sai 120', 'sri 10080', 'ilc a.xrm-ms']
    .map((s): Row => ['cmd', `cscript //nologo %windir%\\system32\\slmgr.vbs /${s}`, true, 'required']),
  ...['ato', 'atp 123', 'skms-domain corp.example', 'ckms-domain', 'act-type 1', 'rearm-sku ID', 'del-ao CN=x']
    .map((s): Row => ['cmd', `cscript //nologo %windir%\\system32\\slmgr.vbs /${s}`, true, 'either']),
  // The same switch written with a dash, and slmgr run on another computer.
  ['cmd', 'slmgr -rearm', true, 'required'],
  ['cmd', 'cscript //nologo %windir%\\system32\\slmgr.vbs pc07 /rearm', true, 'either'],
  ['powershell', "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform' -Name SkipRearm -Value 0 -Type DWord", true, 'required'],
  ['powershell', 'Set-NetFirewallRule -Name SPPSVC-In-TCP -Enabled True', true, 'required'],
  ['powershell', 'Set-Something -Value 1', true, 'either'],
  ['powershell', 'Start-Service sppsvc', true, 'required'],
  ['powershell', 'Stop-Service sppsvc', true, 'required'],
  ['powershell', 'Restart-Service w32time', true, 'required'],
  ['powershell', 'Get-CimInstance SoftwareLicensingService | Invoke-CimMethod -MethodName ReArmWindows', true, 'required'],
  ['powershell', '$s = Get-CimInstance SoftwareLicensingService; Invoke-CimMethod -InputObject $s -MethodName SetKeyManagementServiceMachine -Arguments @{MachineName=\'{kmsHost}\'}', true, 'required'],
  ['powershell', 'Get-CimInstance -ComputerName {computerName} SoftwareLicensingService | Invoke-CimMethod -MethodName ReArmWindows', true, 'either'],
  ['powershell', 'Add-DnsServerResourceRecord -Srv -ZoneName {domain} -Name _vlmcs._tcp -DomainName {kmsHost} -Priority 0 -Weight 0 -Port {port}', true, 'required'],
  ['powershell', 'Get-DnsServerResourceRecord -ZoneName {domain} -Name _vlmcs._tcp -RRType Srv | Remove-DnsServerResourceRecord -ZoneName {domain} -Force', true, 'required'],
  ['cmd', 'w32tm /resync', true, 'required'],
  ['cmd', 'w32tm /config /syncfromflags:domhier /update', true, 'required'],
  ['cmd', 'dnscmd /recordadd {zone} _vlmcs._tcp 3600 SRV 0 0 1688 kms01.corp.example', true, 'required'],
  ['cmd', 'dnscmd /recorddelete corp.example _vlmcs._tcp SRV /f', true, 'required'],
  ['cmd', 'netsh advfirewall firewall set rule name="Key Management Service (TCP-In)" new enable=yes', true, 'required'],
  ['cmd', 'netsh advfirewall firewall add rule name="KMS" dir=in action=allow protocol=TCP localport=1688', true, 'required'],
  ['cmd', 'sc config sppuinotify start= disabled', true, 'required'],
  ['cmd', 'net stop sppsvc', true, 'required'],
  ['cmd', 'DISM /online /Set-Edition:ServerStandard /ProductKey:{productKey} /AcceptEula', true, 'required'],
  ['cmd', '%windir%\\System32\\Sysprep\\sysprep.exe /generalize /oobe /shutdown', true, 'required'],
  ['cmd', 'ipconfig /flushdns', true, 'required'],
  ['cmd', 'schtasks /change /tn "{taskName}" /rl HIGHEST', true, 'required'],
  ['cmd', 'wusa /uninstall /kb:971033', true, 'required'],
  ['sh', "printf 'zone {zone}.\\nupdate add _vlmcs._tcp.{zone}. 3600 IN SRV 0 0 1688 kms01.\\nsend\\n' | nsupdate -l", true, 'required'],
  ['sh', 'rndc reload {zone}', true, 'required'],
  ['text', '_vlmcs._tcp.{zone}. 3600 IN SRV 0 0 1688 kms01.', true, 'required'],
];

const LOOKING: Row[] = [
  ['cmd', 'cscript //nologo %windir%\\system32\\slmgr.vbs /dlv', false, 'none'],
  ['cmd', 'cscript //nologo %windir%\\system32\\slmgr.vbs /dli', false, 'none'],
  ['cmd', 'cscript //nologo %windir%\\system32\\slmgr.vbs /xpr', false, 'none'],
  ['cmd', 'cscript //nologo %windir%\\system32\\slmgr.vbs /dti', false, 'either'],
  ['cmd', 'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform" /v SkipRearm', false, 'none'],
  ['cmd', 'w32tm /query /status', false, 'either'],
  ['cmd', 'w32tm /stripchart /computer:{kmsHost} /samples:3 /dataonly', false, 'none'],
  ['cmd', 'DISM /online /Get-CurrentEdition', false, 'required'],
  ['cmd', 'sfc /verifyonly', false, 'required'],
  ['cmd', 'netsh advfirewall firewall show rule name="Key Management Service (TCP-In)"', false, 'none'],
  ['cmd', 'whoami /groups | findstr /c:"S-1-16-12288" /c:"S-1-16-16384" >nul || (echo This script must run elevated. & exit /b 5)', false, 'none'],
  ['cmd', 'nslookup -type=srv _vlmcs._tcp.{domain}', false, 'none'],
  ['cmd', 'dir {tokensDir}\\tokens.dat', false, 'either'],
  ['powershell', 'Get-CimInstance SoftwareLicensingService | Format-List KeyManagementServiceMachine', false, 'none'],
  ['powershell', 'Get-CimInstance SoftwareLicensingService | Format-List OA3xOriginalProductKeyDescription', false, 'either'],
  ['powershell', 'Get-CimInstance SoftwareLicensingService | Invoke-CimMethod -MethodName RefreshLicenseStatus | Out-Null', false, 'either'],
  ['powershell', 'Get-WinEvent -FilterHashtable @{LogName=\'Application\'; Id=12288,12289} -MaxEvents 10 | Format-List TimeCreated, Id, Message', false, 'either'],
  ['powershell', '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)', false, 'none'],
  ['powershell', 'Invoke-Command -ComputerName {computerName} -ScriptBlock { Get-Service sppsvc }', false, 'either'],
  ['powershell', '([adsi]"LDAP://$(([adsi]\'LDAP://RootDSE\').schemaNamingContext)").objectVersion', false, 'none'],
  ['powershell', 'Get-CimInstance SoftwareLicensingProduct | ForEach-Object { $end = (Get-Date).AddMinutes($_.GracePeriodRemaining); if ($s -eq 1) { "expires $end" } else { \'Unlicensed\' } }', false, 'none'],
  ['sh', 'named-checkconf -z', false, 'either'],
];

describe('classify: what a command does, from its text alone', () => {
  it.each([...CHANGING, ...LOOKING])('%s `%s` → changes %s, elevation %s', (shell, text, changes, elevation) => {
    const verdict = classify(text, shell);
    expect({ unknown: verdict.unknown, changes: verdict.changes, elevation: verdict.elevation }).toEqual({ unknown: [], changes, elevation });
  });

  it('a changing step anywhere in a line makes the line change, and the strictest elevation wins', () => {
    const verdict = classify('Get-CimInstance SoftwareLicensingService | Format-List Version; Restart-Service sppsvc -Force', 'powershell');
    expect(verdict.actions.map((a) => a.what)).toEqual(['Get-CimInstance', 'Format-List', 'Restart-Service']);
    expect([verdict.changes, verdict.elevation]).toEqual([true, 'required']);
  });

  it.each([
    ['cmd', 'bcdedit /set testsigning on', ['bcdedit']],
    ['cmd', 'cscript //nologo %windir%\\system32\\slmgr.vbs /stag x', ['slmgr /stag']],
    ['cmd', 'cscript //nologo other.vbs /x', ['cscript //nologo other.vbs /x']],
    ['cmd', 'ipconfig /bogus', ['ipconfig /bogus']],
    ['powershell', 'Invoke-CimMethod -MethodName FormatDisk', ['Invoke-CimMethod FormatDisk']],
    ['powershell', 'Invoke-WebRequest https://example.com', ['Invoke-WebRequest']],
    ['powershell', '$x.Delete()', ['.Delete()']],
    ['powershell', '$x', ['$x']],
  ] as [Shell, string, string[]][])('%s `%s` is not known: %j', (shell, text, unknown) => {
    expect(classify(text, shell).unknown).toEqual(unknown);
  });
});

describe('registryProblems: a registry value under the key Windows keeps it in', () => {
  const SPP = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform';
  it.each([
    [`reg query "${SPP}" /v SkipRearm`, []],
    [`(Get-ItemProperty -Path '${SPP.replace('HKLM', 'HKLM:')}' -Name DnsDomainPublishList).DnsDomainPublishList`, []],
    ["(Get-Acl 'HKLM:\\SYSTEM\\CurrentControlSet\\Enum\\Root').Access", []],
    ['reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SL" /v DisableDnsPublishing', [
      'names the registry key HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SL, which is not where Windows keeps what the tool reads or sets',
      `names DisableDnsPublishing without its key ${SPP}`,
    ]],
    [`reg add "${SPP}" /v SkipRearmX /d 0 /f`, ['names the registry value SkipRearmX, which the table does not know']],
  ])('%s', (text, problems) => {
    expect(registryProblems(text)).toEqual(problems);
  });
});
