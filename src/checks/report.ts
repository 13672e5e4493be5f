// What a live check found, as `kms-doctor check --json` prints it and the wizard's probes
// read it. Statuses are the words, so a script can match on them.

/** The SRV lookup's outcome: records found, no record, a DNS failure, or no answer in time. */
export type SrvStatus = 'found' | 'none' | 'failed' | 'timeout';

/**
 * Why a lookup found nothing, as DNS said it: the name does not exist (NXDOMAIN), it exists
 * without records of that type (NODATA), the server failed (SERVFAIL) or refused, nothing
 * listens on the DNS port, no answer in time, or something else.
 */
export type DnsReason = 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'no-dns-port' | 'timeout' | 'other';

/** A TCP connect's outcome. `unresolved`: the name gave no address, so nothing was tried. */
export type TcpStatus = 'open' | 'refused' | 'timeout' | 'unresolved' | 'unreachable';

/** Where the check looked from: it may not be the failing client. */
export interface Origin {
  /** This computer's name. */
  computer: string;
  /** The DNS servers asked, as "address" or "address:port". */
  dnsServers: string[];
}

/** A name's addresses, or why there are none. */
export interface AddressLookup {
  addresses: string[];
  /** Why no address was found (null when some were). */
  error: string | null;
  reason: DnsReason | 'invalid-name' | null;
}

/** One SRV record and the addresses of its target. */
export interface SrvRecordResult {
  target: string;
  port: number;
  priority: number;
  weight: number;
  addresses: string[];
  /** Why the target gave no address (null when it did). */
  addressError: string | null;
  /**
   * A record no client can use, so nothing was connected to: the target "." (RFC 2782: the
   * service is decidedly not available in this domain), or port 0 (no service listens there).
   */
  unusable?: 'no-service' | 'port-zero';
}

/** The lookup of `_vlmcs._tcp.<domain>`. */
export interface SrvResult {
  /** The name asked: `_vlmcs._tcp.<domain>`. */
  name: string;
  status: SrvStatus;
  /** Lowest priority first (then highest weight), at most MAX_TARGETS of them. */
  records: SrvRecordResult[];
  /** Records DNS returned beyond those kept. */
  recordsNotTested: number;
  error: string | null;
  reason: DnsReason | null;
}

/** The host given with `--host` (or the wizard's KMS host) and its addresses. */
export interface HostResult extends AddressLookup {
  host: string;
  port: number;
}

/** One TCP connect to one address of a host. */
export interface TcpResult {
  /** The name (or address) as DNS or the technician gave it. */
  host: string;
  /** The address connected to; null when the name gave none. */
  address: string | null;
  port: number;
  status: TcpStatus;
  /** Milliseconds until the connection opened, was refused, or the wait ended; null when not tried. */
  ms: number | null;
  error: string | null;
  /** Whether the host came from the SRV record or from `--host`. */
  source: 'srv' | 'host';
}

/** Everything one check found, before it is judged. */
export interface CheckFindings {
  domain: string | null;
  /** The first DNS server asked (the one given with --dns-server, or the system's first). */
  dnsServer: string | null;
  from: Origin;
  srv: SrvResult | null;
  host: HostResult | null;
  tcp: TcpResult[];
  /** True when the whole check's time ran out and cut a step short. */
  deadlineReached: boolean;
  /** The per-step limit, for messages. */
  stepSeconds: number;
}

/** A check with its judgement: a plain sentence, and the activation error it explains. */
export interface CheckReport extends CheckFindings {
  verdict: string;
  /** The activation error code this result explains (0x8007232B …), or null. */
  code: string | null;
  /** True when something did not answer as it should: `check` then exits 1. */
  problem: boolean;
}
