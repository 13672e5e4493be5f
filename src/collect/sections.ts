// The parts of the collect script, one a thing it reads, each with a comment saying what and
// why. Every part catches its own failure and records it (script.ts), so one that fails never
// stops the others. The JSON names come from src/readers/collect-names.ts, the names the reader
// reads by; CIM properties keep Windows' own names.

import {
  EVENT_KEYS as E, HOST_SERVICE_PROPERTIES, PRODUCT_PROPERTIES, SERVICE_PROPERTIES, SRV_KEYS as S, SRV_RECORD_PROPERTIES,
  TCP_KEYS as T, type CollectSide,
} from '../readers/collect-names.js';
import { WINDOWS_APPLICATION_ID } from '../readers/values.js';
import { comment, partComment } from './comment.js';

/** How long the TCP test waits for the KMS host, in milliseconds. */
export const TCP_WAIT_MS = 3000;

/** `$name = $from | Select-Object -Property` with the properties one a line, as lines. */
const selectLines = (name: string, from: string, properties: readonly string[]): string[] => [
  `${name} = ${from} | Select-Object -Property @(`,
  ...properties.map((p, i) => `    ${p.startsWith('@{') ? p : `'${p}'`}${i < properties.length - 1 ? ',' : ''}`),
  ')',
];

// LicenseStatusReason is a number; slmgr shows it as 0x… (its "Notification Reason"), and so does the JSON.
const productProperties = PRODUCT_PROPERTIES.map((p) =>
  p === 'LicenseStatusReason' ? `@{ Name = '${p}'; Expression = { '0x{0:X8}' -f $_.${p} } }` : p);

/** 1–3: the licence, the licensing service, the computer's name and domain. */
export function licenceParts(side: CollectSide): string[] {
  const service = [...SERVICE_PROPERTIES, ...(side === 'host' ? HOST_SERVICE_PROPERTIES : [])];
  return [
    ...partComment("The Windows licence (SoftwareLicensingProduct). Why: its status and reason code are the activation error itself, its channel says KMS, MAK or retail, and it names the KMS host set by hand (slmgr /skms) and the one DNS found. Windows' own application ID leaves Office and the other products out; the edition with a key installed is the one in use."),
    '$product = $null',
    '$windowsWithKey = @(',
    `    "ApplicationID='${WINDOWS_APPLICATION_ID}'"  # Windows itself`,
    "    'PartialProductKey IS NOT NULL'  # with a key installed",
    "    'LicenseIsAddon=FALSE'  # the edition, not an add-on licence",
    ") -join ' AND '",
    'try {',
    '    $product = Get-CimInstance -ClassName SoftwareLicensingProduct -Filter $windowsWithKey |',
    '        Select-Object -First 1',
    '} catch {',
    "    & $recordError 'Product' $_",
    '}',
    '',
    ...partComment(
      'The Software Licensing service (SoftwareLicensingService). Why: its version, the client machine ID (CMID) that a KMS host ' +
        'counts, the DNS domain set by hand for finding the host' +
        (side === 'host' ? ' and, on this KMS host, its count, its port, its DNS publishing and its request counters.' : ' and whether the client remembers the host that last answered.'),
    ),
    '$service = $null',
    'try {',
    '    $service = Get-CimInstance -ClassName SoftwareLicensingService',
    '} catch {',
    "    & $recordError 'Service' $_",
    '}',
    '',
    ...partComment("The computer's name and domain (Win32_ComputerSystem). Why: to tell the machines apart, and the Active Directory domain is where a domain member looks for its KMS host."),
    '$computer = $null',
    'try {',
    '    $computer = Get-CimInstance -ClassName Win32_ComputerSystem',
    '} catch {',
    "    & $recordError 'ComputerSystem' $_",
    '}',
    '',
    ...comment('What the JSON keeps of them (a product key shows only its last five characters).'),
    ...selectLines('$productOut', '$product', productProperties),
    ...selectLines('$serviceOut', '$service', service),
  ];
}

/** 4–5: the domain the client looks in, and the SRV lookup there. */
export function srvParts(): string[] {
  return [
    '',
    ...partComment('The DNS domain this computer looks for its KMS host in: the one set by hand (slmgr /skms-domain), else its primary DNS suffix, else its Active Directory domain.'),
    '$domains = @()',
    'if ($service) { $domains += $service.KeyManagementServiceLookupDomain }',
    '$network = [System.Net.NetworkInformation.IPGlobalProperties]::GetIPGlobalProperties()',
    '$domains += $network.DomainName',
    'if ($computer -and $computer.PartOfDomain) { $domains += $computer.Domain }',
    '$lookupDomain = $domains | Where-Object { $_ } | Select-Object -First 1',
    '',
    ...partComment('The SRV record _vlmcs._tcp.<domain>, asked of DNS only (no NetBIOS, no LLMNR). Why: it is how KMS clients find their KMS host. "Does not exist" is an answer (Status none), not an error; a timeout or a failure is recorded.'),
    `$srv = [ordered]@{ ${S.name} = $null; ${S.status} = 'none'; ${S.error} = $null; ${S.records} = @() }`,
    'if ($lookupDomain) {',
    `    $srv.${S.name} = "_vlmcs._tcp.$lookupDomain"`,
    '    try {',
    `        $answers = @(Resolve-DnsName -Name $srv.${S.name} -Type SRV -DnsOnly |`,
    "            Where-Object { $_.Type -eq 'SRV' })",
    '        if ($answers.Count -gt 0) {',
    `            $srv.${S.status} = 'found'`,
    `            $srv.${S.records} = @($answers |`,
    `                Select-Object -Property ${SRV_RECORD_PROPERTIES.join(', ')})`,
    '        }',
    '    } catch {',
    `        $srv.${S.error} = $_.FullyQualifiedErrorId`,
    `        if ($srv.${S.error} -match 'TIMEOUT') { $srv.${S.status} = 'timeout' }`,
    `        elseif ($srv.${S.error} -notmatch 'NAME_ERROR|NO_RECORDS') {`,
    `            $srv.${S.status} = 'failed'`,
    "            & $recordError 'Srv' $_",
    '        }',
    '    }',
    '}',
  ];
}

/** 6: the TCP test to the KMS host (client only). */
export function tcpParts(side: CollectSide): string[] {
  if (side === 'host') return ['', '$tcp = $null'];
  return [
    '',
    ...partComment(`Can this computer reach its KMS host? One TCP connection to the host it would use: the one set by hand, else the one DNS found last, else the first SRV record. It only connects, sends nothing, and gives up after ${TCP_WAIT_MS / 1000} seconds (a blocked port never answers).`),
    '$target = $null',
    '$port = 1688',
    'if ($product -and $product.KeyManagementServiceMachine) {',
    '    $target = $product.KeyManagementServiceMachine',
    '    if ($product.KeyManagementServicePort -gt 0) {',
    '        $port = [int]$product.KeyManagementServicePort',
    '    }',
    '} elseif ($product -and $product.DiscoveredKeyManagementServiceMachineName) {',
    '    $target = $product.DiscoveredKeyManagementServiceMachineName',
    '    if ($product.DiscoveredKeyManagementServiceMachinePort -gt 0) {',
    '        $port = [int]$product.DiscoveredKeyManagementServiceMachinePort',
    '    }',
    `} elseif ($srv.${S.records}.Count -gt 0) {`,
    `    $target = $srv.${S.records}[0].NameTarget`,
    `    if ($srv.${S.records}[0].Port -gt 0) { $port = [int]$srv.${S.records}[0].Port }`,
    '}',
    '$tcp = $null',
    'if ($target) {',
    `    $tcp = [ordered]@{ ${T.host} = $target; ${T.port} = $port; ${T.succeeded} = $false; ${T.error} = $null }`,
    '    $client = [System.Net.Sockets.TcpClient]::new()',
    '    try {',
    `        $tcp.${T.succeeded} = $client.ConnectAsync($target, $port).Wait(${TCP_WAIT_MS})`,
    `        if (-not $tcp.${T.succeeded}) { $tcp.${T.error} = 'TimedOut' }`,
    '    } catch {',
    "        # The socket's own name for the error (HostNotFound, ConnectionRefused ...) reads",
    '        # the same in every language of Windows.',
    '        $cause = $_.Exception.GetBaseException()',
    '        if ($cause -is [System.Net.Sockets.SocketException]) {',
    `            $tcp.${T.error} = $cause.SocketErrorCode.ToString()`,
    '        } else {',
    `            $tcp.${T.error} = $cause.Message`,
    '        }',
    '    } finally {',
    '        $client.Dispose()',
    '    }',
    '}',
  ];
}

/** One Get-WinEvent query; "no events found" is an answer, anything else is recorded. */
function eventQuery(filter: string[], max: number): string[] {
  return [
    'try {',
    '    $filter = @{',
    ...filter.map((f) => `        ${f}`),
    '    }',
    `    $entries += @(Get-WinEvent -FilterHashtable $filter -MaxEvents ${max})`,
    '} catch {',
    "    if ($_.FullyQualifiedErrorId -notlike 'NoMatchingEventsFound*') {",
    "        & $recordError 'Events' $_",
    '    }',
    '}',
  ];
}

/** 7–8: the activation events, the clock and w32tm. */
export function eventAndClockParts(side: CollectSide): string[] {
  const events = side === 'client'
    ? [
      ...partComment("The newest activation events. Why: 12288 is a request this client sent to its KMS host, 12289 the host's answer (its count, and whether it activated); a 12288 without a 12289 means the host never answered."),
      '$entries = @()',
      ...eventQuery(["LogName = 'Application'", "ProviderName = 'Microsoft-Windows-Security-SPP'", 'Id = 12288, 12289'], 6),
    ]
    : [
      ...partComment('The newest activation events. Why: 12290 is a request this KMS host processed (from which client, with what result), in its own "Key Management Service" log; 12293 and 12294 say whether publishing its SRV record in DNS failed or worked.'),
      '$entries = @()',
      ...eventQuery(["LogName = 'Key Management Service'", 'Id = 12290'], 20),
      ...eventQuery(["LogName = 'Application'", 'Id = 12293, 12294'], 4),
    ];
  return [
    '',
    ...events,
    '$eventsOut = @(foreach ($entry in $entries) {',
    '    [ordered]@{',
    `        ${E.id} = $entry.Id`,
    `        ${E.time} = $entry.TimeCreated.ToUniversalTime().ToString('u')`,
    `        ${E.info} = @($entry.Properties | ForEach-Object { $_.Value }) -join ', '`,
    '    }',
    '})',
    '',
    ...partComment('The clock. Why: a KMS host refuses a client whose clock is more than 4 hours off its own; the time in UTC compares across time zones, and w32tm says where the time comes from.'),
    "$utcTime = (Get-Date).ToUniversalTime().ToString('u')",
    '$w32tm = @()',
    'try {',
    '    $w32tm = @(w32tm /query /status | ForEach-Object { "$_" })',
    '    if ($LASTEXITCODE -ne 0) {',
    "        & $recordError 'W32tm' \"w32tm ended with exit code $LASTEXITCODE\"",
    '    }',
    '} catch {',
    "    & $recordError 'W32tm' $_",
    '}',
  ];
}
