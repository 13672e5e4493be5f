// The outputs of the project's own commands, in the shapes those commands print: slmgr and the
// other cmd tools as captured (test/fixtures), and every PowerShell twin built from its own text
// (twin-output.ts), so a twin that changes what it lists changes what the readers are fed.
// Values are a machine's raw CIM values; the scenario names say which machine.

import { getCatalog } from '../../src/catalog/catalog.js';
import { fillTemplate } from '../../src/text/fill.js';
import type { CommandSpec } from '../../flows/step.js';
import { sample, variant } from './fixtures.js';
import { formatLists, listView, twinListOutput, type RawObject } from './twin-output.js';

/** A command of data/commands by id (its twin with `.twin`). */
export function command(key: string): CommandSpec {
  const [id, twin] = key.split('.');
  const spec = getCatalog().commands[id!];
  if (!spec) throw new Error(`no command ${id}`);
  const chosen = twin ? spec.twin : spec;
  if (!chosen) throw new Error(`${id} has no twin`);
  return chosen;
}

/** Template values the outputs below agree with. */
export const VALUES = {
  domain: 'corp.contoso.com', zone: 'corp.contoso.com', kmsHostDomain: 'corp.contoso.com', kmsHost: 'kms01.corp.contoso.com',
  port: 1688, kmsHostPort: 'kms01.corp.contoso.com:1688', computerName: 'pc042', dnsServer: '10.0.0.10',
};

/** The command line as a PowerShell prompt shows it, filled. */
export const psPrompt = (spec: CommandSpec) => `PS C:\\> ${fillTemplate(spec.text, VALUES).text}`;

/** The command line as cmd's prompt shows it, filled. */
export const cmdPrompt = (spec: CommandSpec) => `C:\\Windows\\system32>${fillTemplate(spec.text, VALUES).text}`;

/** SoftwareLicensingService's properties, in the order CIM lists them (for `*KeyManagementService*`). */
export const SERVICE_PROPERTIES = [
  'ClientMachineID', 'DiscoveredKeyManagementServiceMachineIpAddress', 'DiscoveredKeyManagementServiceMachineName',
  'DiscoveredKeyManagementServiceMachinePort', 'IsKeyManagementServiceMachine', 'KeyManagementServiceCurrentCount',
  'KeyManagementServiceDnsPublishing', 'KeyManagementServiceFailedRequests', 'KeyManagementServiceHostCaching',
  'KeyManagementServiceLicensedRequests', 'KeyManagementServiceListeningPort', 'KeyManagementServiceLookupDomain',
  'KeyManagementServiceLowPriority', 'KeyManagementServiceMachine', 'KeyManagementServiceNonGenuineGraceRequests',
  'KeyManagementServiceNotificationRequests', 'KeyManagementServiceOOBGraceRequests', 'KeyManagementServiceOOTGraceRequests',
  'KeyManagementServicePort', 'KeyManagementServiceProductKeyID', 'KeyManagementServiceTotalRequests',
  'KeyManagementServiceUnlicensedRequests', 'PolicyCacheRefreshRequired', 'RemainingWindowsReArmCount', 'RequiredClientCount',
  'Version', 'VLActivationInterval', 'VLRenewalInterval',
];

const signed = (code: number) => code | 0;

/** A KMS client's Windows licence (SoftwareLicensingProduct), in notification with 0xC004F074. */
export const CLIENT_PRODUCT: RawObject = {
  Name: 'Windows(R), Enterprise edition', ID: '73111121-5638-40f6-bc11-f1d7b0d64300',
  Description: 'Windows(R) Operating System, VOLUME_KMSCLIENT channel', ProductKeyChannel: 'Volume:GVLK', PartialProductKey: '2YT43',
  LicenseStatus: 5, LicenseStatusReason: signed(0xc004f074), GracePeriodRemaining: 0,
};

/** A KMS host's own Windows licence, licensed. */
export const HOST_PRODUCT: RawObject = {
  Name: 'Windows Server(R), ServerEnterprise edition', ID: '9bd77860-9b31-4b7b-96ad-2564017315bf',
  Description: 'Windows Operating System - Windows Server(R), VOLUME_KMS_C channel', ProductKeyChannel: 'Volume:CSVLK', PartialProductKey: 'PYWKV',
  LicenseStatus: 1, LicenseStatusReason: 0, GracePeriodRemaining: 0,
};

/** A KMS client's SoftwareLicensingService: found its host through DNS. */
export const CLIENT_SERVICE: RawObject = {
  ClientMachineID: '5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10', DiscoveredKeyManagementServiceMachineName: 'kms01.corp.contoso.com',
  DiscoveredKeyManagementServiceMachinePort: 1688, KeyManagementServiceMachine: '', KeyManagementServicePort: 0,
  KeyManagementServiceLookupDomain: '', IsKeyManagementServiceMachine: 0, KeyManagementServiceCurrentCount: 4294967295, Version: '10.0.19041.4355',
};

/** A KMS host's SoftwareLicensingService: count 18, port 1688, publishing. */
export const HOST_SERVICE: RawObject = {
  ClientMachineID: '7d2c91a4-3f5e-4b6a-9c8d-1e2f3a4b5c6d', IsKeyManagementServiceMachine: 1, KeyManagementServiceCurrentCount: 18,
  RequiredClientCount: 25, KeyManagementServiceListeningPort: 1688, KeyManagementServiceDnsPublishing: true, KeyManagementServiceLowPriority: false,
  KeyManagementServiceTotalRequests: 412, KeyManagementServiceFailedRequests: 3, KeyManagementServiceHostCaching: true,
  KeyManagementServiceMachine: '', KeyManagementServicePort: 0, DiscoveredKeyManagementServiceMachineName: '', Version: '10.0.20348.2849',
};

/** What a twin ending in Format-List pipelines prints for these objects, after its prompt line. */
export const twinOutput = (spec: CommandSpec, perPipeline: readonly (readonly RawObject[])[]) =>
  `${psPrompt(spec)}\r\n${twinListOutput(spec.text, perPipeline, SERVICE_PROPERTIES)}`;

/** The event Message text of an activation event, as Windows words it (facts.md §3.5). */
export function eventMessage(id: number, info: string): string {
  const text: Record<number, string> = {
    12288: 'The client has sent an activation request to the key management service machine.',
    12289: 'The client has processed an activation response from the key management service machine.',
    12290: 'An activation request has been processed.',
  };
  return `${text[id] ?? ''}\nInfo:\n${info}`;
}

/** An events twin's output (Get-WinEvent … | Format-List TimeCreated[, Id], Message). */
export function eventsOutput(spec: CommandSpec, events: readonly { id: number; time: string; message: string }[]): string {
  const [columns] = formatLists(spec.text, []);
  return `${psPrompt(spec)}\r\n${listView(columns!, events.map((e) => ({ TimeCreated: e.time, Id: e.id, Message: e.message })))}`;
}

/** The Resolve-DnsName SRV twin's table for one record. */
export const resolveSrvOutput = (spec: CommandSpec, target: string, port: number) => [
  psPrompt(spec),
  '',
  'Name                                     Type   TTL   Section    NameTarget                     Priority Weight Port',
  '----                                     ----   ---   -------    ----------                     -------- ------ ----',
  `${fillTemplate(spec.text, VALUES).text.split(' ').pop()!.padEnd(40)} SRV    600   Answer     ${target.padEnd(30)} 0        0      ${port}`,
  '',
].join('\r\n');

/** An nslookup SRV answer with one record, after the command line. */
export const nslookupSrvOutput = (spec: CommandSpec, target: string, port: number) => [
  cmdPrompt(spec),
  'Server:  dc01.corp.contoso.com',
  'Address:  10.0.0.10',
  '',
  `${fillTemplate(spec.text, VALUES).text.split(' ').pop()}    SRV service location:`,
  '          priority       = 0',
  '          weight         = 0',
  `          port           = ${port}`,
  `          svr hostname   = ${target}`,
].join('\r\n');

/** Invoke-CimMethod's answer (the ato twins): ReturnValue 0. */
export const returnValueOutput = (spec: CommandSpec) => [psPrompt(spec), '', 'ReturnValue PSComputerName', '----------- --------------', '          0', ''].join('\r\n');

export { sample, variant };
