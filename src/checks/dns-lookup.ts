// DNS for the live check, with node:dns Resolvers: the system's servers or the one given.
// Each query gets a Resolver of its own so that a timeout cancels that query and no other.
// Names that came from DNS (SRV targets) are checked like typed ones before we ask for them.

import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { validateDnsName } from '../input/validate.js';
import { errorCode, type Deadline } from './deadline.js';
import type { AddressLookup, DnsReason, SrvResult } from './report.js';

/** A DNS record set larger than this is cut: a check must not open hundreds of connections. */
export const MAX_TARGETS = 8;
/** At most this many addresses of one name are tried. */
export const MAX_ADDRESSES = 4;

/** Makes the resolvers of one check: every one asks the same servers. */
export interface DnsAsker {
  /** A new resolver for one query. */
  resolver(): Resolver;
  /** The servers asked, as "address" or "address:port". */
  servers(): string[];
}

/** Resolvers that ask `dnsServer` ("ip" or "ip:port", validated) or else the system's servers. */
export function dnsAsker(dnsServer: string | undefined, stepMs: number): DnsAsker {
  const resolver = () => {
    // tries 1: the check's own timer decides when to stop; c-ares retries would only outlast it.
    const r = new Resolver({ timeout: Math.max(1, Math.round(stepMs)), tries: 1 });
    if (dnsServer !== undefined) r.setServers([dnsServer]);
    return r;
  };
  return { resolver, servers: () => resolver().getServers() };
}

const REASONS: Record<string, DnsReason> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ECONNREFUSED: 'no-dns-port',
  ETIMEOUT: 'timeout',
};

const REASON_TEXT: Record<DnsReason, string> = {
  nxdomain: 'the name does not exist (NXDOMAIN)',
  nodata: 'the name exists but has no record of that type',
  servfail: 'the DNS server failed (SERVFAIL)',
  refused: 'the DNS server refused the query (REFUSED)',
  'no-dns-port': 'nothing answers on the DNS port of that server',
  timeout: 'no answer',
  other: 'the lookup failed',
};

function reasonOf(error: unknown): { reason: DnsReason; error: string } {
  const code = errorCode(error);
  const reason = (code && REASONS[code]) || 'other';
  return { reason, error: reason === 'other' ? `${REASON_TEXT.other} (${code ?? String(error)})` : REASON_TEXT[reason] };
}

const timeoutText = (deadline: Deadline, ms: number) => `no answer within ${Number((ms / 1000).toFixed(1))} s${deadline.reached ? ' (the whole check\'s time ran out)' : ''}`;

/** Looks up `_vlmcs._tcp.<domain>` (the domain already validated). */
export async function lookupSrv(domain: string, dns: DnsAsker, deadline: Deadline): Promise<SrvResult> {
  const name = `_vlmcs._tcp.${domain}`;
  const resolver = dns.resolver();
  const outcome = await deadline.run(() => resolver.resolveSrv(name), () => resolver.cancel());
  const empty = { name, records: [], recordsNotTested: 0 };
  if (outcome.kind === 'timeout') return { ...empty, status: 'timeout', error: timeoutText(deadline, outcome.ms), reason: 'timeout' };
  if (outcome.kind === 'error') {
    const { reason, error } = reasonOf(outcome.error);
    const status = reason === 'nxdomain' || reason === 'nodata' ? 'none' : reason === 'timeout' ? 'timeout' : 'failed';
    return { ...empty, status, error, reason };
  }
  if (outcome.value.length === 0) return { ...empty, status: 'none', error: REASON_TEXT.nodata, reason: 'nodata' };
  const sorted = [...outcome.value].sort((a, b) => a.priority - b.priority || b.weight - a.weight || a.name.localeCompare(b.name));
  const records = sorted.slice(0, MAX_TARGETS).map((r) => ({
    target: r.name, port: r.port, priority: r.priority, weight: r.weight, addresses: [], addressError: null,
  }));
  return { name, status: 'found', records, recordsNotTested: sorted.length - records.length, error: null, reason: null };
}

/**
 * The addresses of `name` (IPv4 first, then IPv6), asked in parallel so that an AAAA query
 * that is never answered does not hide the A answer. An address is its own answer.
 */
export async function lookupAddresses(name: string, dns: DnsAsker, deadline: Deadline): Promise<AddressLookup> {
  if (isIP(name)) return { addresses: [name], error: null, reason: null };
  // A root target (".") is how an SRV record says "no service here"; c-ares gives it as "".
  if (name === '' || name === '.') return { addresses: [], error: 'the record names no host (".")', reason: 'invalid-name' };
  const valid = validateDnsName(name, 'The host name');
  if (!valid.ok) return { addresses: [], error: `not a host name we look up: ${valid.message}`, reason: 'invalid-name' };
  const ask = (kind: 'resolve4' | 'resolve6') => {
    const resolver = dns.resolver();
    return deadline.run(() => resolver[kind](valid.value), () => resolver.cancel());
  };
  const outcomes = await Promise.all([ask('resolve4'), ask('resolve6')]);
  const addresses = outcomes.flatMap((o) => (o.kind === 'value' ? o.value : [])).slice(0, MAX_ADDRESSES);
  if (addresses.length > 0) return { addresses, error: null, reason: null };
  const timedOut = outcomes.find((o) => o.kind === 'timeout');
  if (timedOut?.kind === 'timeout') return { addresses, error: timeoutText(deadline, timedOut.ms), reason: 'timeout' };
  const failures = outcomes.map((o) => (o.kind === 'error' ? reasonOf(o.error) : { reason: 'nodata' as const, error: REASON_TEXT.nodata }));
  // No A and no AAAA record: say the name is unknown if DNS said so for either question.
  const worst = failures.find((f) => f.reason !== 'nodata' && f.reason !== 'nxdomain') ?? failures.find((f) => f.reason === 'nxdomain');
  if (worst && worst.reason !== 'nxdomain') return { addresses, error: worst.error, reason: worst.reason };
  return worst
    ? { addresses, error: 'the name does not exist in DNS (NXDOMAIN)', reason: 'nxdomain' }
    : { addresses, error: 'DNS has no address (A or AAAA) record for it', reason: 'nodata' };
}
