// The PowerShell script `kms-doctor collect` prints: read-only, no elevation needed for what it
// reads, and its output one JSON object that `kms-doctor parse` and the wizard read. It is
// built from the names in src/readers/collect-names.ts, the names the reader reads by.
// It runs inside `& { … }` so a paste into a console leaves no variables behind.

import {
  COLLECT_FORMAT, COLLECT_KEYS as K, EVENT_KEYS as E, HOST_SERVICE_PROPERTIES, PRODUCT_PROPERTIES, SERVICE_PROPERTIES,
  SRV_KEYS as S, SRV_RECORD_PROPERTIES, TCP_KEYS as T, type CollectSide,
} from '../readers/collect-names.js';
import { WINDOWS_APPLICATION_ID } from '../readers/values.js';

// LicenseStatusReason as 0x… text, the way slmgr prints the Notification Reason.
const productSelect = PRODUCT_PROPERTIES.map((p) =>
  p === 'LicenseStatusReason' ? `@{n='${p}';e={'0x{0:X8}' -f $_.${p}}}` : p).join(',');

function serviceSelect(side: CollectSide): string {
  return [...SERVICE_PROPERTIES, ...(side === 'host' ? HOST_SERVICE_PROPERTIES : [])].join(',');
}

// Client: its requests (12288) and the answers (12289). Host: the requests it processed (12290,
// in its own log) and its DNS publishing (12293 failed, 12294 done).
function eventsQuery(side: CollectSide): string {
  if (side === 'client') {
    return "$ev=@(Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='Microsoft-Windows-Security-SPP';Id=12288,12289} -MaxEvents 6)";
  }
  return "$ev=@(Get-WinEvent -FilterHashtable @{LogName='Key Management Service';Id=12290} -MaxEvents 20)+@(Get-WinEvent -FilterHashtable @{LogName='Application';Id=12293,12294} -MaxEvents 4)";
}

// A bounded TCP connect (3 s) to the host the client would use: the one set by hand, else the
// one DNS gave, else the first SRV record. SocketErrorCode names are the same in every language.
const TCP_TEST = [
  "$h=@($p.KeyManagementServiceMachine,$p.DiscoveredKeyManagementServiceMachineName,@($srv.Records)[0].NameTarget)|?{$_}|select -First 1",
  "$port=[int](@($p.KeyManagementServicePort,$p.DiscoveredKeyManagementServiceMachinePort,1688)|?{$_ -gt 0}|select -First 1)",
  `$tcp=$null;if($h){$tcp=[ordered]@{${T.host}=$h;${T.port}=$port;${T.succeeded}=$false;${T.error}=$null};$c=[Net.Sockets.TcpClient]::new()`,
  ` try{$tcp.${T.succeeded}=$c.ConnectAsync($h,$port).Wait(3000);if(!$tcp.${T.succeeded}){$tcp.${T.error}='TimedOut'}}`,
  ` catch{$x=$_.Exception.GetBaseException();$tcp.${T.error}=if($x -is [Net.Sockets.SocketException]){"$($x.SocketErrorCode)"}else{$x.Message}}`,
  ' finally{$c.Dispose()}}',
];

/** The collector script for a KMS client, or for the KMS host itself (`--host-side`). */
export function collectScript(side: CollectSide): string {
  const lines = [
    `# kms-doctor collect${side === 'host' ? ' --host-side' : ''}: reads this machine's activation state and prints it as JSON. Changes nothing.`,
    '& {',
    "$ErrorActionPreference='SilentlyContinue'",
    `$p=Get-CimInstance SoftwareLicensingProduct -Filter "ApplicationID='${WINDOWS_APPLICATION_ID}' AND PartialProductKey IS NOT NULL AND LicenseIsAddon=FALSE"|select -First 1`,
    '$s=Get-CimInstance SoftwareLicensingService',
    '$cs=Get-CimInstance Win32_ComputerSystem',
    // The domain the client looks in: the /skms-domain setting, else its primary DNS suffix.
    '$dom=@($s.KeyManagementServiceLookupDomain,[Net.NetworkInformation.IPGlobalProperties]::GetIPGlobalProperties().DomainName,$(if($cs.PartOfDomain){$cs.Domain}))|?{$_}|select -First 1',
    `$srv=[ordered]@{${S.name}="_vlmcs._tcp.$dom";${S.status}='none';${S.error}=$null;${S.records}=@()}`,
    `try{$r=@(Resolve-DnsName -Type SRV -Name $srv.${S.name} -DnsOnly -ErrorAction Stop|?{$_.NameTarget});if($r){$srv.${S.status}='found';$srv.${S.records}=@($r|select ${SRV_RECORD_PROPERTIES.join(',')})}}`,
    `catch{$srv.${S.error}=$_.FullyQualifiedErrorId;$srv.${S.status}=if($srv.${S.error} -match 'TIMEOUT'){'timeout'}elseif($srv.${S.error} -match 'NAME_ERROR|NO_RECORDS'){'none'}else{'failed'}}`,
    ...(side === 'client' ? TCP_TEST : ['$tcp=$null']),
    eventsQuery(side),
    '[ordered]@{',
    ` ${K.marker}=${COLLECT_FORMAT};${K.side}='${side}';${K.computerName}=$env:COMPUTERNAME;${K.domain}=$cs.Domain;${K.lookupDomain}=$dom`,
    ` ${K.utcTime}=(Get-Date).ToUniversalTime().ToString('u')`,
    ` ${K.product}=$p|select ${productSelect}`,
    ` ${K.service}=$s|select ${serviceSelect(side)}`,
    ` ${K.srv}=$srv;${K.tcp}=$tcp`,
    ` ${K.events}=@($ev|%{[ordered]@{${E.id}=$_.Id;${E.time}=$_.TimeCreated.ToUniversalTime().ToString('u');${E.info}=($_.Properties.Value -join ', ')}})`,
    ` ${K.w32tm}=@(w32tm /query /status 2>&1|%{"$_"})`,
    '}|ConvertTo-Json -Depth 4',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
