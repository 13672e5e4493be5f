// What each DNS answer means to the live check, against a DNS responder on 127.0.0.1: every way a
// lookup ends (records, none, no such name, a server failure, a refusal, no answer, a cut by the
// whole check's time, nothing listening), the records' order, and an address lookup's A and AAAA
// answers combined (first four addresses, IPv4 first; the worst failure named). Written out.

import { createSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deadline } from '../../src/checks/deadline.js';
import { dnsAsker, lookupAddresses, lookupSrv } from '../../src/checks/dns-lookup.js';
import { runProbe } from '../../src/checks/probe.js';
import { findAll } from '../../src/checks/run-check.js';
import { startDnsServer, zone, type LoopbackDns } from '../support/dns-server.js';

let dns: LoopbackDns;
const limits = { stepMs: 1000, totalMs: 2000 };
const asker = () => dnsAsker(dns.server, limits.stepMs);
const deadline = () => new Deadline(limits);

beforeAll(async () => {
  dns = await startDnsServer((q) => {
    if (q.name === '_vlmcs._tcp.formerr.test') return { rcode: 'FORMERR' };
    if (q.name === 'a-servfail-aaaa-none.test') return q.type === 'A' ? { rcode: 'SERVFAIL' } : { rcode: 'NXDOMAIN' };
    if (q.name === 'a-none-aaaa-nodata.test') return q.type === 'A' ? { rcode: 'NXDOMAIN' } : { answers: [] };
    if (q.name === 'a-drop-aaaa-none.test') return q.type === 'A' ? 'drop' : { rcode: 'NXDOMAIN' };
    return zone({
      srv: {
        '_vlmcs._tcp.corp.test': [
          { priority: 10, weight: 0, port: 1688, target: 'kms03.corp.test' },
          { priority: 0, weight: 5, port: 1688, target: 'kms02.corp.test' },
          { priority: 0, weight: 5, port: 1688, target: 'kms01.corp.test' },
          { priority: 0, weight: 20, port: 1690, target: 'kms04.corp.test' },
        ],
        '_vlmcs._tcp.empty.test': [],
        '_vlmcs._tcp.same.test': [{ priority: 0, weight: 0, port: 1688, target: 'kms01.corp.test' }],
      },
      a: { 'kms01.corp.test': ['127.0.0.1'], 'many.test': ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5'], 'both.test': ['10.0.0.9'], 'no-address.test': [] },
      aaaa: { 'many.test': ['fd00::1'], 'both.test': ['fd00::9'] },
      servfail: ['_vlmcs._tcp.servfail.test', 'servfail-host.test'],
      refused: ['_vlmcs._tcp.refused.test'],
      drop: ['_vlmcs._tcp.blackhole.test'],
    })(q);
  });
});
afterAll(() => dns?.close());

describe('lookupSrv: every way it ends', () => {
  const NAME = (domain: string) => `_vlmcs._tcp.${domain}`;
  const empty = (domain: string) => ({ name: NAME(domain), records: [], recordsNotTested: 0 });

  it('records, lowest priority first, then highest weight, then by name', async () => {
    const srv = await lookupSrv('corp.test', asker(), deadline());
    expect(srv.records.map((r) => [r.target, r.port])).toEqual([['kms04.corp.test', 1690], ['kms01.corp.test', 1688], ['kms02.corp.test', 1688], ['kms03.corp.test', 1688]]);
    expect([srv.status, srv.recordsNotTested, srv.error, srv.reason]).toEqual(['found', 0, null, null]);
    expect(srv.records[0]).toEqual({ target: 'kms04.corp.test', port: 1690, priority: 0, weight: 20, addresses: [], addressError: null });
  });

  it.each([
    ['empty.test', 'none', 'the name exists but has no record of that type', 'nodata'],
    ['missing.test', 'none', 'the name does not exist (NXDOMAIN)', 'nxdomain'],
    ['servfail.test', 'failed', 'the DNS server failed (SERVFAIL)', 'servfail'],
    ['refused.test', 'failed', 'the DNS server refused the query (REFUSED)', 'refused'],
    ['formerr.test', 'failed', 'the lookup failed (EFORMERR)', 'other'],
    ['blackhole.test', 'timeout', 'no answer within 1 s', 'timeout'],
  ])('%s: %s, "%s"', async (domain, status, error, reason) => {
    expect(await lookupSrv(domain, asker(), deadline())).toEqual({ ...empty(domain), status, error, reason });
  });

  it('cut short by the whole check\'s time, it says so', async () => {
    const cut = new Deadline({ stepMs: 1000, totalMs: 300 });
    expect(await lookupSrv('blackhole.test', asker(), cut)).toEqual({ ...empty('blackhole.test'), status: 'timeout', error: "no answer within 0.3 s (the whole check's time ran out)", reason: 'timeout' });
  });

  it('nothing listening on the DNS server\'s port', async () => {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
    const port = socket.address().port;
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    const srv = await lookupSrv('corp.test', dnsAsker(`127.0.0.1:${port}`, 1000), deadline());
    const refused = ['failed', 'no-dns-port', 'nothing answers on the DNS port of that server'];
    // The "port unreachable" reply reaches the resolver only where the system hands it to the
    // socket: Linux does; Wine does not, and the check then honestly says no answer came.
    const silent = ['timeout', 'timeout', 'no answer within 1 s'];
    const got = [srv.status, srv.reason, srv.error];
    if (process.platform === 'win32' && srv.status === 'timeout') expect(got).toEqual(silent);
    else expect(got).toEqual(refused);
  });
});

describe('lookupAddresses', () => {
  it.each([
    ['10.0.0.7', { addresses: ['10.0.0.7'], error: null, reason: null }],
    ['fd00::7', { addresses: ['fd00::7'], error: null, reason: null }],
    ['', { addresses: [], error: 'the record names no host (".")', reason: 'invalid-name' }],
    ['.', { addresses: [], error: 'the record names no host (".")', reason: 'invalid-name' }],
    ['bad_name.test', { addresses: [], error: 'not a host name we look up: The host name has only letters, digits, hyphens and dots; this one contains "_".', reason: 'invalid-name' }],
    ['many.test', { addresses: ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'], error: null, reason: null }],
    ['both.test', { addresses: ['10.0.0.9', 'fd00::9'], error: null, reason: null }],
    ['missing.test', { addresses: [], error: 'the name does not exist in DNS (NXDOMAIN)', reason: 'nxdomain' }],
    ['no-address.test', { addresses: [], error: 'DNS has no address (A or AAAA) record for it', reason: 'nodata' }],
    ['a-none-aaaa-nodata.test', { addresses: [], error: 'the name does not exist in DNS (NXDOMAIN)', reason: 'nxdomain' }],
    ['a-servfail-aaaa-none.test', { addresses: [], error: 'the DNS server failed (SERVFAIL)', reason: 'servfail' }],
    ['servfail-host.test', { addresses: [], error: 'the DNS server failed (SERVFAIL)', reason: 'servfail' }],
    ['a-drop-aaaa-none.test', { addresses: [], error: 'no answer within 1 s', reason: 'timeout' }],
  ])('%j', async (name, expected) => {
    expect(await lookupAddresses(name, asker(), deadline())).toEqual(expected);
  });

  it('an address and a name DNS never saw are not asked about', async () => {
    const before = dns.asked.length;
    await lookupAddresses('10.0.0.7', asker(), deadline());
    await lookupAddresses('bad_name.test', asker(), deadline());
    expect(dns.asked.length).toBe(before);
  });
});

describe('dnsAsker and the check\'s findings', () => {
  it('asks the server given, or else the system\'s servers', () => {
    expect(asker().servers()).toEqual([dns.server]);
    expect(dnsAsker(undefined, 1000).servers()).toEqual(new Resolver().getServers());
  });

  it('names the server asked, or the system\'s first', async () => {
    const given = await findAll({ domain: 'empty.test', dnsServer: dns.server, limits, connect: false, computer: 'ws-042' });
    expect([given.dnsServer, given.from]).toEqual([dns.server, { computer: 'ws-042', dnsServers: [dns.server] }]);
    const system = new Resolver().getServers();
    const own = await findAll({ limits, connect: false, computer: 'ws-042' });
    expect([own.dnsServer, own.from.dnsServers, own.domain, own.srv, own.host]).toEqual([system[0] ?? null, system, null, null, null]);
  });

  it('a host the SRV record already names is connected to once', async () => {
    const found = await findAll({ domain: 'same.test', host: { host: 'kms01.corp.test', port: 1688 }, dnsServer: dns.server, limits, computer: 'ws-042' });
    expect(found.tcp.map((r) => [r.host, r.address, r.port, r.source])).toEqual([['kms01.corp.test', '127.0.0.1', 1688, 'srv']]);
  });

  it('the same host on another port is another connection', async () => {
    const found = await findAll({ domain: 'same.test', host: { host: 'kms01.corp.test', port: 1690 }, dnsServer: dns.server, limits, computer: 'ws-042' });
    expect(found.tcp.map((r) => [r.host, r.address, r.port, r.source])).toEqual([['kms01.corp.test', '127.0.0.1', 1688, 'srv'], ['kms01.corp.test', '127.0.0.1', 1690, 'host']]);
  });

  it('a probe connects to the port typed with the host, or to the port answered before', async () => {
    const options = { dnsServer: dns.server, limits };
    const typed = await runProbe('resolve-host', { kmsHost: 'kms01.corp.test:1700' }, options);
    const answered = await runProbe('resolve-host', { kmsHost: 'kms01.corp.test:1700', port: 1800 }, options);
    expect([typed.status === 'done' && typed.report.host?.port, answered.status === 'done' && answered.report.host?.port]).toEqual([1700, 1800]);
  });
});
