// What a reader makes of pasted output: which output it is (kind) and the facts it holds, in
// one typed vocabulary shared by every reader, the answer rules and `kms-doctor parse`.
// A fact is only set when the output shows it; nothing is guessed to fill a gap.

/** Which output a text is. */
export type ReadingKind =
  | 'slmgr-dlv'
  | 'slmgr-dli'
  | 'slmgr-xpr'
  | 'slmgr-ato'
  | 'nslookup-srv'
  | 'resolve-dnsname-srv'
  | 'test-netconnection'
  | 'w32tm-stripchart'
  | 'w32tm-status'
  | 'event'
  | 'error-details'
  | 'collect'
  | 'unknown';

/** Every kind, in the order readers are tried when scores tie. */
export const READING_KINDS: readonly ReadingKind[] = [
  'collect', 'slmgr-dlv', 'slmgr-dli', 'slmgr-xpr', 'slmgr-ato', 'nslookup-srv', 'resolve-dnsname-srv',
  'test-netconnection', 'w32tm-stripchart', 'w32tm-status', 'event', 'error-details', 'unknown',
];

/** The two sides of KMS: a client that asks, the KMS host that answers. */
export type Machine = 'client' | 'host';

/** Which licensed application a licence belongs to, by its Application ID (or its name). */
export type Application = 'windows' | 'office' | 'other';

/** SoftwareLicensingProduct.LicenseStatus (0–6) by name. */
export type LicenseStatus =
  | 'unlicensed' | 'licensed' | 'initial-grace' | 'additional-grace' | 'non-genuine-grace' | 'notification' | 'extended-grace';

/** LicenseStatus values in CIM order (LicenseStatus 0 is 'unlicensed'). */
export const LICENSE_STATUSES: readonly LicenseStatus[] = [
  'unlicensed', 'licensed', 'initial-grace', 'additional-grace', 'non-genuine-grace', 'notification', 'extended-grace',
];

/** The kind of key installed, as the Description line's channel (or ProductKeyChannel) names it. */
export type Channel = 'kms-client' | 'kms-host' | 'mak' | 'retail' | 'oem' | 'eval';

/** A host as written in output, with its port when one was given. */
export interface HostPort {
  host: string;
  port?: number;
}

/** One SRV record of `_vlmcs._tcp.<domain>`. */
export interface SrvRecord {
  target: string;
  port?: number;
  priority?: number;
  weight?: number;
  /** Addresses the same answer gave for the target (nslookup's "internet address" lines). */
  addresses?: string[];
}

/** What an SRV lookup came to. */
export type SrvStatus = 'found' | 'none' | 'failed' | 'timeout';

/** A TCP test of a host's port (Test-NetConnection, or collect's own test). */
export interface TcpResult {
  host?: string;
  address?: string;
  port?: number;
  /** TcpTestSucceeded. */
  succeeded?: boolean;
  /** False when the name did not resolve. */
  nameResolved?: boolean;
  pingSucceeded?: boolean;
}

/** One `w32tm /stripchart` sample line. */
export interface ClockSample {
  /** The time of day as printed (14:22:58). */
  time: string;
  /** The offset w32tm printed, in seconds: the target's clock minus this one's. */
  offsetSeconds?: number;
  /** The error printed instead of an offset (0x800705B4). */
  error?: string;
}

/** One activation event (12288/12289 on a client, 12290/12293/12294 on a KMS host). */
export interface EventFact {
  id: number;
  /** When it was logged, as printed. */
  time?: string;
  /** The values after "Info:", in order. */
  params: string[];
  /** The result code of the request (first value), 0x00000000 on success. */
  result?: string;
  /** Every code the event's "Error details" text names, the inner one (its result) first. */
  codes?: string[];
  /** 12288: the KMS host and port the client asked. */
  kmsHost?: HostPort;
  /** 12288 / 12290: the client machine ID. */
  cmid?: string;
  /** 12290: the client's name. */
  clientName?: string;
  /** 12288 / 12289 / 12290: the client's time as the event records it (2010/09/29 17:52). */
  clientTime?: string;
  /** 12289: whether the host activated the client. */
  activated?: boolean;
  /** 12289: the host's count when it answered. */
  count?: number;
  /** 12288 / 12290: the count the client needs (25 Windows client, 5 server or Office). */
  neededCount?: number;
  /** 12293 / 12294: the DNS domain the host published (or tried to publish) into. */
  domain?: string;
}

/** Everything a reader can find in output. Every field is optional: only what was shown is set. */
export interface Facts {
  // The licence (slmgr /dli, /dlv, /xpr; the CIM query; collect).
  productName?: string;
  description?: string;
  channel?: Channel;
  /** The channel as printed (VOLUME_KMSCLIENT, Volume:GVLK). */
  channelText?: string;
  partialKey?: string;
  licenseStatus?: LicenseStatus;
  /** The status as printed, in the output's own language. */
  licenseStatusText?: string;
  /** The code of "Notification Reason:" (LicenseStatusReason). */
  notificationReason?: string;
  activationId?: string;
  /** Whose licence it is: Windows's, Office's (Application ID 0ff1ce…), or another's. */
  application?: Application;
  /** Minutes left in the current state ("Volume activation expiration", GracePeriodRemaining). */
  graceMinutes?: number;
  /** slmgr /xpr: when the activation or grace ends, as printed. */
  expiry?: string;
  /** slmgr /xpr: "The machine is permanently activated." */
  permanent?: boolean;
  /** The Software Licensing service version (10.0.17763.2028). */
  serviceVersion?: string;
  /** slmgr printed "Error: product not found." or "Error: product key not found.". */
  productNotFound?: boolean;

  // A KMS client's view.
  cmid?: string;
  /** Set by hand (slmgr /skms, KeyManagementServiceMachine). */
  kmsHostRegistered?: HostPort;
  /** Found through DNS ("KMS machine name from DNS", DiscoveredKeyManagementServiceMachineName). */
  kmsHostDiscovered?: HostPort;
  kmsHostAddress?: string;
  /** slmgr printed "Please use slmgr.vbs /ato to activate and update KMS client information …" instead of it. */
  kmsInfoPending?: boolean;
  /** slmgr /skms-domain (KeyManagementServiceLookupDomain). */
  lookupDomain?: string;
  hostCaching?: boolean;

  // A KMS host's own state.
  kmsHostEnabled?: boolean;
  currentCount?: number;
  listeningPort?: number;
  dnsPublishing?: boolean;
  totalRequests?: number;
  failedRequests?: number;

  // slmgr /ato.
  /** "Product activated successfully." */
  activated?: boolean;

  // An error's text (Event Viewer's "Error details").
  /** Every code it names, the innermost (the answer that caused the others) first. */
  codes?: string[];
  /** The symbols printed beside the inner codes (SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH). */
  errorSymbols?: string[];

  // DNS.
  /** The name looked up (_vlmcs._tcp.corp.contoso.com). */
  srvName?: string;
  /** The DNS domain of that name, or the machine's lookup domain (collect). */
  domain?: string;
  dnsServer?: string;
  srvStatus?: SrvStatus;
  srvRecords?: SrvRecord[];

  // TCP.
  tcp?: TcpResult;

  // Time.
  /** The NTP target w32tm asked ("Tracking kms01 [10.0.0.5:123]"). */
  ntpTarget?: string;
  clockSamples?: ClockSample[];
  /** The middle sample's offset, as w32tm prints it (target minus this machine), in seconds. */
  clockOffsetSeconds?: number;
  /** w32tm /query /status "Source:". */
  timeSource?: string;
  lastSync?: string;
  stratum?: number;
  /** The machine's clock in UTC when collected (2026-11-23 14:22:58Z). */
  utcTime?: string;

  // Events.
  events?: EventFact[];

  // The machine.
  computerName?: string;
  machineDomain?: string;
  /** Whether the output comes from a KMS client or from the KMS host itself. */
  side?: Machine;
}

/** What one reader made of one output; several outputs pasted at once give `parts`. */
export interface Reading {
  kind: ReadingKind;
  facts: Facts;
  /** The activation error code the output shows, canonical (0xC004F074). */
  code?: string;
  /** One reading per output when several were pasted at once. */
  parts?: Reading[];
}

/**
 * Which side of KMS a licence's facts come from. A channel says so only for a licence in use (a
 * key installed, or a status other than Unlicensed): `slmgr /dlv all` also lists every edition
 * the machine could run, each with the channel of its setup key, on clients and hosts alike.
 */
export function sideOf(f: Facts): Machine | undefined {
  const inUse = f.partialKey !== undefined || (f.licenseStatus !== undefined && f.licenseStatus !== 'unlicensed');
  if (f.kmsHostEnabled || f.currentCount !== undefined || (inUse && f.channel === 'kms-host')) return 'host';
  if (f.cmid || f.kmsHostDiscovered || f.kmsHostRegistered || (inUse && f.channel === 'kms-client')) return 'client';
  return undefined;
}

/** The readings inside a reading: its parts, or itself when it is one output. */
export function outputsOf(readings: Reading | readonly Reading[]): Reading[] {
  const list = Array.isArray(readings) ? readings : [readings as Reading];
  return list.flatMap((r) => (r.parts && r.parts.length > 0 ? r.parts : [r]));
}
