// What each program, slmgr switch, CIM method and cmdlet the tool prints does to a machine, and
// whether it needs an elevated prompt: the safety table (command-safety.ts reads commands with it).
// Written from the facts, never from data/: slmgr's switches and their elevation from facts.md §4
// (Microsoft's "Slmgr.vbs options for obtaining volume activation information", SLOPT), the CIM
// methods from what slmgr.vbs calls for each switch, the rest from what each Windows tool is.
// 'either' is for what the sources do not state, or what depends on the machine (a remote target,
// a file's folder): there both labels are accepted.

/** Does it need an elevated (Run as administrator, or root) prompt? */
export type Elevation = 'required' | 'none' | 'either';

/** What one program or switch does. */
export interface Effect {
  changes: boolean;
  elevation: Elevation;
}

const change = (elevation: Elevation = 'required'): Effect => ({ changes: true, elevation });
const look = (elevation: Elevation = 'none'): Effect => ({ changes: false, elevation });

/** slmgr.vbs's switches (facts.md §4: "E" is required; "not stated" and "—" are either). */
export const SLMGR: Readonly<Record<string, Effect>> = {
  ipk: change(), cpky: change(), ilc: change(), rilc: change(), rearm: change(), upk: change(),
  skms: change(), ckms: change(), skhc: change(), ckhc: change(), sai: change(), sri: change(),
  sprt: change(), sdns: change(), cdns: change(), spri: change(), cpri: change(), ril: change(),
  // /ato: "KMS attempt: N; online: E"; the others' elevation is not stated.
  ato: change('either'), atp: change('either'), 'skms-domain': change('either'), 'ckms-domain': change('either'),
  'act-type': change('either'), 'rearm-app': change('either'), 'rearm-sku': change('either'), fta: change('either'),
  'ad-activation-online': change('either'), 'ad-activation-apply-cid': change('either'), 'del-ao': change('either'),
  dli: look(), dlv: look(), xpr: look(),
  dti: look('either'), 'ao-list': look('either'), lil: look('either'), ltc: look('either'), 'ad-activation-get-iid': look('either'),
};

/** The CIM methods of SoftwareLicensingService/-Product, by the slmgr switch that calls them. */
export const CIM_METHODS: Readonly<Record<string, Effect>> = {
  InstallProductKey: SLMGR.ipk!, Activate: SLMGR.ato!, DepositOfflineConfirmationId: SLMGR.atp!,
  SetKeyManagementServiceMachine: SLMGR.skms!, SetKeyManagementServicePort: SLMGR.skms!,
  ClearKeyManagementServiceMachine: SLMGR.ckms!, ClearKeyManagementServicePort: SLMGR.ckms!,
  SetKeyManagementServiceLookupDomain: SLMGR['skms-domain']!, ClearKeyManagementServiceLookupDomain: SLMGR['ckms-domain']!,
  ReArmWindows: SLMGR.rearm!, InstallLicense: SLMGR.ilc!, UninstallProductKey: SLMGR.upk!,
  ClearProductKeyFromRegistry: SLMGR.cpky!, DisableKeyManagementServiceDnsPublishing: SLMGR.sdns!,
  SetKeyManagementServiceListeningPort: SLMGR.sprt!, DisableKeyManagementServiceHostCaching: SLMGR.skhc!,
  SetVLActivationInterval: SLMGR.sai!, SetVLRenewalInterval: SLMGR.sri!, SetKeyManagementServiceLowPriority: SLMGR.spri!,
  SetVLActivationTypeEnabled: SLMGR['act-type']!,
  // slmgr calls it after /ipk, /ato and /atp so that what Windows reports is current: it sets nothing.
  RefreshLicenseStatus: look('either'),
};

/**
 * cmd programs, by the switch or sub-command that decides (matched case-insensitively against the
 * program's words); `*` is what the program does whatever its arguments.
 */
export const PROGRAMS: Readonly<Record<string, Readonly<Record<string, Effect>>>> = {
  nslookup: { '*': look() }, ping: { '*': look() }, psping: { '*': look() }, whoami: { '*': look() },
  find: { '*': look() }, findstr: { '*': look() }, systeminfo: { '*': look() }, ver: { '*': look() },
  echo: { '*': look() }, exit: { '*': look() }, hostname: { '*': look() },
  // Opens a text file to read (phone.inf); saving it is not what the tool asks.
  notepad: { '*': look() },
  // `slui 0x2a <code>` shows the text of a code.
  slui: { '0x2a': look() },
  ipconfig: { '/all': look(), '/displaydns': look(), '/flushdns': change(), '/registerdns': change(), '/release': change(), '/renew': change() },
  w32tm: { '/resync': change(), '/config': change(), '/register': change(), '/unregister': change(), '/query': look('either'), '/stripchart': look(), '/monitor': look(), '/tz': look() },
  net: { stop: change(), start: change() },
  sc: { config: change(), start: change(), stop: change(), failure: change(), query: look(), qc: look() },
  // HKLM is the machine's: writing it needs an elevated prompt; export only reads (into a file).
  reg: { add: change(), delete: change(), import: change(), restore: change(), copy: change(), query: look(), export: look('either') },
  // DISM needs an elevated prompt for everything, looking included.
  dism: { '/get-': look('required'), '/set-edition': change(), '/enable-feature': change(), '/disable-feature': change(), '/add-': change(), '/remove-': change(), '/cleanup-image': change() },
  sfc: { '/verifyonly': look('required'), '/scannow': change() },
  sysprep: { '*': change() },
  netsh: { show: look(), add: change(), set: change(), delete: change(), reset: change(), import: change() },
  schtasks: { '/query': look(), '/change': change(), '/create': change(), '/delete': change(), '/run': change() },
  dnscmd: { '/recordadd': change(), '/recorddelete': change(), '/zoneadd': change(), '/zonedelete': change(), '/config': change(), '/enumrecords': look('either'), '/zoneprint': look('either'), '/info': look('either') },
  wmic: { get: look(), list: look(), call: change(), set: change(), delete: change(), create: change() },
  wusa: { '/uninstall': change() },
  icacls: { '/grant': change(), '/reset': change(), '/setowner': change() },
  // Files: what decides the elevation is the folder (fileElevation).
  ren: { '*': change('either') }, rename: { '*': change('either') }, del: { '*': change('either') }, erase: { '*': change('either') },
  move: { '*': change('either') }, copy: { '*': change('either') }, dir: { '*': look('either') },
  // A BIND server (shell 'sh'): its tools need root.
  printf: { '*': look() }, rndc: { reload: change(), reconfig: change(), status: look('either') },
  nsupdate: { '*': change() }, 'named-checkconf': { '*': look('either') }, 'named-checkzone': { '*': look('either') },
};

/** Programs that change files: in Windows' own folders they need an elevated prompt. */
export const FILE_PROGRAMS: ReadonlySet<string> = new Set(['ren', 'rename', 'del', 'erase', 'move', 'copy']);

/**
 * A path in Windows' own folders. The licence store's folder is one: {tokensDir}, which classify
 * reads as «tokensDir», and which explain shows as <tokens-dir> until it is given.
 */
export const SYSTEM_PATH = /%windir%|%systemroot%|[a-z]:\\windows\\|«tokensDir»|<tokens-dir>/i;

/** PowerShell verbs that change what they act on; Invoke-* and the rest are decided one by one. */
export const CHANGING_VERBS: ReadonlySet<string> = new Set([
  'Set', 'New', 'Add', 'Remove', 'Clear', 'Start', 'Stop', 'Restart', 'Install', 'Uninstall', 'Register',
  'Unregister', 'Enable', 'Disable', 'Rename', 'Move', 'Copy', 'Reset', 'Update', 'Suspend', 'Resume',
]);

/** PowerShell verbs that only read, show or shape what they are given. */
export const READING_VERBS: ReadonlySet<string> = new Set(['Get', 'Test', 'Resolve', 'Select', 'Format', 'Where', 'ForEach', 'Sort', 'Measure', 'Out', 'Write', 'Group']);

/** Cmdlets whose elevation is known: the rest of a verb's cmdlets are 'either'. */
export const CMDLET_ELEVATION: Readonly<Record<string, Elevation>> = {
  // Reads an unprivileged user may do.
  'Get-CimInstance': 'none', 'Resolve-DnsName': 'none', 'Test-NetConnection': 'none', 'Test-Connection': 'none',
  'Get-Date': 'none', 'Get-Service': 'none', 'Get-HotFix': 'none', 'Get-ItemProperty': 'none', 'Get-DnsClient': 'none',
  'Get-NetIPAddress': 'none', 'Get-NetAdapter': 'none', 'Get-DnsClientGlobalSetting': 'none', 'Get-DnsClientServerAddress': 'none',
  'Get-NetTCPConnection': 'none', 'Select-String': 'none', 'Select-Object': 'none', 'Format-List': 'none', 'Format-Table': 'none',
  'Where-Object': 'none', 'ForEach-Object': 'none', 'Sort-Object': 'none', 'Out-Null': 'none', 'Write-Error': 'none',
  // Changes to the machine: services, firewall, DNS client and server, features, HKLM.
  'Set-NetFirewallRule': 'required', 'Set-DnsClientServerAddress': 'required', 'Clear-DnsClientCache': 'required',
  'Register-DnsClient': 'required', 'Start-Service': 'required', 'Stop-Service': 'required', 'Restart-Service': 'required',
  'Install-WindowsFeature': 'required', 'Set-ItemProperty': 'required', 'New-ItemProperty': 'required', 'Remove-ItemProperty': 'required',
  'Add-DnsServerResourceRecord': 'required', 'Remove-DnsServerResourceRecord': 'required',
};

/**
 * What makes a read's elevation unknown whatever the cmdlet: the OEM key in the firmware
 * (SoftwareLicensingService's OA3x… properties), whose rights no source states.
 */
export const UNSTATED_READS = /OA3xOriginalProductKey/;

/** Cmdlets that neither read nor change by themselves: what they run decides (Invoke-Command's block). */
export const CARRIERS: ReadonlySet<string> = new Set(['Invoke-Command']);

/** .NET members the tool calls: all of them only read. */
export const READING_MEMBERS: ReadonlySet<string> = new Set([
  'GetCurrent', 'IsInRole', 'GetHostEntry', 'GetIPGlobalProperties', 'GetAccessRules', 'ReadAllText', 'ToUniversalTime',
  'ToString', 'AddMinutes', 'Trim',
]);

/** The registry values the tool names, and the one key each lives in (facts.md §3.4, §3.6). */
export const SPP_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform';
export const REGISTRY_VALUES: Readonly<Record<string, string>> = {
  SkipRearm: SPP_KEY, DnsDomainPublishList: SPP_KEY, DisableDnsPublishing: SPP_KEY,
  KeyManagementServiceName: SPP_KEY, KeyManagementServicePort: SPP_KEY,
};
/** Every registry key the tool may name (0x8007000D: SYSTEM's rights on Enum\Root, facts.md §1.2). */
export const REGISTRY_KEYS: ReadonlySet<string> = new Set([SPP_KEY, 'HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root']);
