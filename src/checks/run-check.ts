// The live check: look up `_vlmcs._tcp.<domain>`, then each target's addresses, then open a
// TCP connection to each address, every target in parallel; and the same for a host given
// directly. Everything it is given has been validated already (check-input.ts, or the
// wizard's fields); it never speaks KMS and never writes on a connection.

import { hostname } from 'node:os';
import { DEFAULT_LIMITS, Deadline, type TimeLimits } from './deadline.js';
import { dnsAsker, lookupAddresses, lookupSrv, type DnsAsker } from './dns-lookup.js';
import { tryConnect } from './tcp-connect.js';
import { judge } from './verdict.js';
import type { AddressLookup, CheckFindings, CheckReport, HostResult, SrvResult, TcpResult } from './report.js';

/** What to check; every value already validated. */
export interface CheckRequest {
  /** The DNS domain whose `_vlmcs._tcp` record to look up. */
  domain?: string;
  /** A host to test directly (a name or an address) and its port. */
  host?: { host: string; port: number };
  /** The DNS server to ask, as Resolver.setServers takes it ("10.0.0.10", "127.0.0.1:5353", "[::1]:53"). */
  dnsServer?: string;
  /** Open TCP connections (default); false stops after the addresses. */
  connect?: boolean;
  limits?: TimeLimits;
  /** This computer's name as reported; os.hostname() unless given. */
  computer?: string;
}

interface Context {
  dns: DnsAsker;
  deadline: Deadline;
  connect: boolean;
}

async function connectRows(host: string, port: number, lookup: AddressLookup, source: TcpResult['source'], ctx: Context): Promise<TcpResult[]> {
  if (!ctx.connect) return [];
  if (lookup.addresses.length === 0) return [{ host, address: null, port, status: 'unresolved', ms: null, error: lookup.error, source }];
  return Promise.all(
    lookup.addresses.map(async (address) => ({ host, address, port, ...(await tryConnect(address, port, ctx.deadline)), source })),
  );
}

async function checkSrv(domain: string, ctx: Context): Promise<{ srv: SrvResult; tcp: TcpResult[] }> {
  const srv = await lookupSrv(domain, ctx.dns, ctx.deadline);
  const targets = await Promise.all(
    srv.records.map(async (record) => {
      // "." says there is no service here (c-ares gives it as ""): nothing to look up or try.
      if (record.target === '' || record.target === '.') {
        return { record: { ...record, target: '.', addresses: [], addressError: null, unusable: 'no-service' as const }, tcp: [] };
      }
      const lookup = await lookupAddresses(record.target, ctx.dns, ctx.deadline);
      // Port 0 is no port a service listens on: its addresses are shown, no connection tried.
      const portZero = record.port === 0;
      const tcp = portZero ? [] : await connectRows(record.target, record.port, lookup, 'srv', ctx);
      return { record: { ...record, addresses: lookup.addresses, addressError: lookup.error, ...(portZero ? { unusable: 'port-zero' as const } : {}) }, tcp };
    }),
  );
  return { srv: { ...srv, records: targets.map((t) => t.record) }, tcp: targets.flatMap((t) => t.tcp) };
}

async function checkHost(host: string, port: number, ctx: Context): Promise<{ host: HostResult; tcp: TcpResult[] }> {
  const lookup = await lookupAddresses(host, ctx.dns, ctx.deadline);
  return { host: { host, port, ...lookup }, tcp: await connectRows(host, port, lookup, 'host', ctx) };
}

/** A host the SRV record already names is tested once. */
function withoutRepeats(rows: TcpResult[]): TcpResult[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.host}|${row.address}|${row.port}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Runs the check and returns what it found, not yet judged. */
export async function findAll(request: CheckRequest): Promise<CheckFindings> {
  const limits = request.limits ?? DEFAULT_LIMITS;
  const dns = dnsAsker(request.dnsServer, limits.stepMs);
  const ctx: Context = { dns, deadline: new Deadline(limits), connect: request.connect ?? true };
  const servers = dns.servers();
  const [srvPart, hostPart] = await Promise.all([
    request.domain === undefined ? undefined : checkSrv(request.domain, ctx),
    request.host === undefined ? undefined : checkHost(request.host.host, request.host.port, ctx),
  ]);
  return {
    domain: request.domain ?? null,
    dnsServer: request.dnsServer ?? servers[0] ?? null,
    from: { computer: request.computer ?? hostname(), dnsServers: request.dnsServer ? [request.dnsServer] : servers },
    srv: srvPart?.srv ?? null,
    host: hostPart?.host ?? null,
    tcp: withoutRepeats([...(srvPart?.tcp ?? []), ...(hostPart?.tcp ?? [])]),
    deadlineReached: ctx.deadline.reached,
    stepSeconds: limits.stepMs / 1000,
  };
}

/** Runs the check and judges it: the verdict, the code it explains, whether a problem was found. */
export async function runCheck(request: CheckRequest): Promise<CheckReport> {
  const findings = await findAll(request);
  return { ...findings, ...judge(findings) };
}
