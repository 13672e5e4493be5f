// What a live check's result answers at each step that offers one, case by case, with the event
// and the facts written out: the SRV lookup (records, none, a failure, not run), whether the host
// named is still there (a name DNS no longer knows is STALE; one that fails to resolve is not),
// the port test (open, closed, no name), the host's address. And what a probe says when it cannot
// run yet.

import { describe, expect, it } from 'vitest';
import { probeAnswer, PROBE_ANSWERS } from '../../src/checks/probe-answers.js';
import { fromLine, runProbe, type ProbeResult } from '../../src/checks/probe.js';
import type { CheckReport, HostResult, SrvResult, TcpResult } from '../../src/checks/report.js';

const NAME = '_vlmcs._tcp.corp.test';
const report = (extra: Partial<CheckReport>): CheckReport => ({
  domain: null, dnsServer: '10.0.0.10', from: { computer: 'ws-042', dnsServers: ['10.0.0.10'] }, srv: null, host: null, tcp: [],
  deadlineReached: false, stepSeconds: 3, verdict: '', code: null, problem: false, ...extra,
});
const srv = (status: SrvResult['status'], error: string | null, records: SrvResult['records'] = []): SrvResult => ({ name: NAME, status, records, recordsNotTested: 0, error, reason: null });
const host = (addresses: string[], reason: HostResult['reason'] = null, error: string | null = null): HostResult => ({ host: 'kms01.corp.test', port: 1688, addresses, error, reason });
const row = (status: TcpResult['status'], address: string | null, ms: number | null, error: string | null = null): TcpResult => ({ host: 'kms01.corp.test', address, port: 1688, status, ms, error, source: 'host' });
const answer = (key: string, r: CheckReport) => PROBE_ANSWERS[key]!.answer(r);

describe('dns-srv/lookup', () => {
  it('records found: RECORDS, one fact per record with its addresses or why it has none', () => {
    const found = srv('found', null, [
      { target: 'kms01.corp.test', port: 1688, priority: 0, weight: 10, addresses: ['10.0.0.21', 'fd00::21'], addressError: null },
      { target: 'kms02.corp.test', port: 1690, priority: 5, weight: 0, addresses: [], addressError: 'the name does not exist (NXDOMAIN)' },
    ]);
    expect(answer('dns-srv/lookup', report({ srv: found }))).toEqual({
      event: 'RECORDS',
      facts: [
        '_vlmcs._tcp.corp.test: kms01.corp.test port 1688 (priority 0, weight 10): 10.0.0.21, fd00::21',
        '_vlmcs._tcp.corp.test: kms02.corp.test port 1690 (priority 5, weight 0): no address, the name does not exist (NXDOMAIN)',
      ],
    });
  });

  it.each([
    ['none', 'NONE', 'the name does not exist (NXDOMAIN)'],
    ['failed', 'DNS_FAIL', 'the DNS server failed (SERVFAIL)'],
    ['timeout', 'DNS_FAIL', 'no answer within 3 s'],
  ] as const)('%s: %s', (status, event, error) => {
    expect(answer('dns-srv/lookup', report({ srv: srv(status, error) }))).toEqual({ event, facts: [`_vlmcs._tcp.corp.test: ${error}`] });
  });

  it('no SRV lookup in the result: no event, no facts', () => {
    expect(answer('dns-srv/lookup', report({}))).toEqual({ facts: [] });
  });
});

describe('dns-srv/recordRight: is the host named still there?', () => {
  it.each([['nxdomain', 'the name does not exist in DNS (NXDOMAIN)'], ['nodata', 'DNS has no address (A or AAAA) record for it']] as const)(
    'DNS says it has no address (%s): STALE', (reason, error) => {
      expect(answer('dns-srv/recordRight', report({ host: host([], reason, error) }))).toEqual({ event: 'STALE', facts: [`kms01.corp.test does not resolve: ${error}`] });
    },
  );

  it('DNS failed or did not answer: the technician decides', () => {
    expect(answer('dns-srv/recordRight', report({ host: host([], 'servfail', 'the DNS server failed (SERVFAIL)') }))).toEqual({ facts: ['kms01.corp.test does not resolve: the DNS server failed (SERVFAIL)'] });
    expect(answer('dns-srv/recordRight', report({ host: host([], 'timeout', 'no answer within 3 s') }))).toEqual({ facts: ['kms01.corp.test does not resolve: no answer within 3 s'] });
  });

  it('it resolves: no event (it may still be the wrong machine)', () => {
    expect(answer('dns-srv/recordRight', report({ host: host(['10.0.0.21', 'fd00::21']) }))).toEqual({ facts: ['kms01.corp.test resolves to 10.0.0.21, fd00::21'] });
    expect(answer('dns-srv/recordRight', report({}))).toEqual({ facts: [] });
  });
});

describe('port-1688/testPort', () => {
  it('any address open: OPEN', () => {
    expect(answer('port-1688/testPort', report({ host: host(['10.0.0.21', 'fd00::21']), tcp: [row('refused', 'fd00::21', 2, 'the host answered that nothing listens on that port'), row('open', '10.0.0.21', 4)] }))).toEqual({
      event: 'OPEN',
      facts: [
        'kms01.corp.test resolves to 10.0.0.21, fd00::21',
        'kms01.corp.test (fd00::21) port 1688: refused after 2 ms, the host answered that nothing listens on that port',
        'kms01.corp.test (10.0.0.21) port 1688: open after 4 ms',
      ],
    });
  });

  it('every address closed: CLOSED', () => {
    expect(answer('port-1688/testPort', report({ tcp: [row('timeout', '10.0.0.21', null, 'no answer within 3 s')] }))).toEqual({
      event: 'CLOSED', facts: ['kms01.corp.test (10.0.0.21) port 1688: timeout, no answer within 3 s'],
    });
  });

  it('no address to try: NO_NAME, and the unresolved row is not a fact of its own', () => {
    expect(answer('port-1688/testPort', report({ host: host([], 'nxdomain', 'the name does not exist in DNS (NXDOMAIN)'), tcp: [row('unresolved', null, null, 'x')] }))).toEqual({
      event: 'NO_NAME', facts: ['kms01.corp.test does not resolve: the name does not exist in DNS (NXDOMAIN)'],
    });
  });

  it('nothing tried: no event', () => {
    expect(answer('port-1688/testPort', report({}))).toEqual({ facts: [] });
  });
});

describe('srv-create/askKmsIp', () => {
  it('the first address (IPv4 first) is typed in', () => {
    expect(answer('srv-create/askKmsIp', report({ host: host(['10.0.0.21', 'fd00::21']) }))).toEqual({ value: '10.0.0.21', facts: ['kms01.corp.test resolves to 10.0.0.21, fd00::21'] });
    expect(answer('srv-create/askKmsIp', report({ host: host([], 'nxdomain', 'gone') }))).toEqual({ facts: ['kms01.corp.test does not resolve: gone'] });
  });
});

describe('probeAnswer: only a finished probe of the step\'s own kind answers it', () => {
  const done = (probe: 'dns-srv' | 'resolve-host' | 'tcp-port', r: CheckReport): ProbeResult => ({ probe, status: 'done', from: fromLine(r), report: r });
  const r = report({ srv: srv('none', 'x') });

  it.each([
    ['dns-srv', 'lookup', done('dns-srv', r), { event: 'NONE', facts: ['_vlmcs._tcp.corp.test: x'] }],
    ['dns-srv', 'lookup', done('tcp-port', r), undefined],
    ['dns-srv', 'lookup', { probe: 'dns-srv', status: 'missing', needs: 'domain', message: 'm' } as ProbeResult, undefined],
    ['dns-srv', 'noSuchState', done('dns-srv', r), undefined],
  ])('%s/%s', (flow, state, result, expected) => {
    expect(probeAnswer(flow, state, result)).toEqual(expected);
  });
});

describe('a probe that cannot run yet says which answer it needs', () => {
  it.each([
    ['dns-srv', {}, { probe: 'dns-srv', status: 'missing', needs: 'domain', message: "The client's DNS domain is not known yet." }],
    ['dns-srv', { domain: 'corp..test' }, { probe: 'dns-srv', status: 'missing', needs: 'domain', message: 'A DNS domain cannot have two dots in a row or start with a dot.' }],
    ['tcp-port', {}, { probe: 'tcp-port', status: 'missing', needs: 'kmsHost', message: 'The KMS host is not known yet.' }],
    ['resolve-host', { kmsHost: 'kms01:0' }, { probe: 'resolve-host', status: 'missing', needs: 'kmsHost', message: 'The port after the colon must be from 1 to 65535; 0 is out of range.' }],
  ] as const)('%s with %j', async (probe, answers, expected) => {
    expect(await runProbe(probe, answers)).toEqual(expected);
  });

  it('where it looked from names this computer and its DNS server, or says none is configured', () => {
    expect(fromLine(report({}))).toBe('Checked from THIS computer (ws-042, DNS server 10.0.0.10), not from the client');
    expect(fromLine(report({ dnsServer: null }))).toBe('Checked from THIS computer (ws-042, DNS server none configured), not from the client');
  });
});

describe('records that name no usable host, and a port test with some names unresolved', () => {
  const zero = { target: 'kms01.corp.test', port: 0, priority: 0, weight: 0, addresses: ['10.0.0.21'], addressError: null, unusable: 'port-zero' as const };
  const usable = { target: 'kms02.corp.test', port: 1688, priority: 5, weight: 0, addresses: ['10.0.0.22'], addressError: null };

  it('only a record with port 0: no event (the technician decides), and the fact says port 0 is no port', () => {
    expect(answer('dns-srv/lookup', report({ srv: srv('found', null, [zero]) }))).toEqual({
      facts: ['_vlmcs._tcp.corp.test: kms01.corp.test port 0 (priority 0, weight 0): 10.0.0.21; port 0 is no port a service listens on'],
    });
  });

  it('a record with port 0 beside a usable one: RECORDS', () => {
    expect(answer('dns-srv/lookup', report({ srv: srv('found', null, [zero, usable]) }))).toMatchObject({ event: 'RECORDS' });
  });

  it('one address refused and another name unresolved: CLOSED, not NO_NAME', () => {
    expect(answer('port-1688/testPort', report({ tcp: [row('unresolved', null, null, 'x'), row('refused', '10.0.0.21', 2)] }))).toEqual({
      event: 'CLOSED', facts: ['kms01.corp.test (10.0.0.21) port 1688: refused after 2 ms'],
    });
  });
});
