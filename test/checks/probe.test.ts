// "Check it from this computer": each probe run against the loopback DNS responder and TCP
// peers with a flow's answers, and the option (or value) its result picks at each step.

import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe, type ProbeOptions, type ProbeResult } from '../../src/checks/probe.js';
import { probeAnswer } from '../../src/checks/probe-answers.js';
import { startDnsServer, zone, type LoopbackDns } from '../support/dns-server.js';
import { startTcpPeers, type TcpPeers } from '../support/tcp-listeners.js';

let dns: LoopbackDns;
let peers: TcpPeers;
let options: ProbeOptions;

beforeAll(async () => {
  peers = await startTcpPeers();
  dns = await startDnsServer(zone({
    srv: { '_vlmcs._tcp.corp.test': [{ priority: 0, weight: 0, port: 1688, target: 'kms01.corp.test' }] },
    a: { 'kms01.corp.test': ['127.0.0.1'] },
    servfail: ['_vlmcs._tcp.servfail.test'],
    drop: ['_vlmcs._tcp.blackhole.test'],
  }));
  // Short limits: these tests are about the mapping; check-command.test.ts runs the defaults.
  options = { dnsServer: dns.server, limits: { stepMs: 500, totalMs: 900 } };
});

afterAll(async () => {
  await Promise.all([dns?.close(), peers?.close()]);
});

const done = (result: ProbeResult) => {
  if (result.status !== 'done') throw new Error(`probe did not run: ${result.message}`);
  return result;
};

describe('dns-srv probe at "What does DNS return for _vlmcs._tcp.{domain}?"', () => {
  it.each([
    ['corp.test', 'RECORDS', /_vlmcs\._tcp\.corp\.test: kms01\.corp\.test port 1688 \(priority 0, weight 0\): 127\.0\.0\.1/],
    ['missing.test', 'NONE', /NXDOMAIN/],
    ['servfail.test', 'DNS_FAIL', /SERVFAIL/],
    ['blackhole.test', 'DNS_FAIL', /no answer within 0\.5 s/],
  ])('%s → %s', async (domain, event, fact) => {
    const result = done(await runProbe('dns-srv', { domain }, options));
    expect(result.report.tcp).toEqual([]); // the lookup question only needs DNS
    const answer = probeAnswer('dns-srv', 'lookup', result);
    expect(answer?.event).toBe(event);
    expect(answer?.facts.join('\n')).toMatch(fact);
  });

  it('says where it looked from', async () => {
    const result = done(await runProbe('dns-srv', { domain: 'corp.test' }, options));
    expect(result.from).toBe(`Checked from THIS computer (${hostname()}, DNS server ${dns.server}), not from the client`);
  });

  it('does not run before the domain is known, nor with one the domain field refuses', async () => {
    const asked = dns.asked.length;
    expect(await runProbe('dns-srv', {}, options)).toMatchObject({ status: 'missing', needs: 'domain' });
    expect(await runProbe('dns-srv', { domain: 'corp.test && calc' }, options)).toMatchObject({ status: 'missing', needs: 'domain', message: expect.stringContaining('"&"') });
    expect(dns.asked.length).toBe(asked);
  });
});

describe('tcp-port probe at "What does TcpTestSucceeded say?"', () => {
  const at = async (kmsHost: string, port: number) => probeAnswer('port-1688', 'testPort', done(await runProbe('tcp-port', { kmsHost, port }, options)));

  it('an open port → OPEN, with the address and port it reached', async () => {
    const answer = await at('kms01.corp.test', peers.accepting.port);
    expect(answer?.event).toBe('OPEN');
    expect(answer?.facts).toEqual(['kms01.corp.test resolves to 127.0.0.1', expect.stringMatching(new RegExp(`^kms01\\.corp\\.test \\(127\\.0\\.0\\.1\\) port ${peers.accepting.port}: open after \\d+ ms$`))]);
  });

  it('a refusing port → CLOSED', async () => {
    expect((await at('127.0.0.1', peers.refusing))?.event).toBe('CLOSED');
  });

  it('a silent port → CLOSED (no answer in time)', async () => {
    const answer = await at('127.0.0.1', peers.silent.port);
    expect(answer?.event).toBe('CLOSED');
    expect(answer?.facts.join('\n')).toMatch(/: timeout after \d+ ms, no answer within 0\.5 s/);
  });

  it('a name DNS does not know → NO_NAME (Test-NetConnection\'s name resolution warning)', async () => {
    expect((await at('gone.corp.test', 1688))?.event).toBe('NO_NAME');
  });

  it('uses 1688 when no port was answered', async () => {
    const result = done(await runProbe('tcp-port', { kmsHost: '127.0.0.1' }, options));
    expect(result.report.host).toMatchObject({ host: '127.0.0.1', port: 1688 });
  });
});

describe('resolve-host probe', () => {
  it('"Is {kmsHost} the KMS host today …?": a name DNS does not know is a gone host → STALE', async () => {
    const result = done(await runProbe('resolve-host', { kmsHost: 'gone.corp.test', port: 1688 }, options));
    expect(probeAnswer('dns-srv', 'recordRight', result)).toEqual({ event: 'STALE', facts: ['gone.corp.test does not resolve: the name does not exist in DNS (NXDOMAIN)'] });
  });

  it('"Is {kmsHost} the KMS host today …?": a name that resolves does not decide; the technician does', async () => {
    const result = done(await runProbe('resolve-host', { kmsHost: 'kms01.corp.test' }, options));
    expect(result.report.tcp).toEqual([]);
    expect(probeAnswer('dns-srv', 'recordRight', result)).toEqual({ facts: ['kms01.corp.test resolves to 127.0.0.1'] });
  });

  it('"What is the KMS host\'s IP address?": its address, to confirm in the field', async () => {
    const result = done(await runProbe('resolve-host', { kmsHostFqdn: 'kms01.corp.test', kmsHost: 'kms01.corp.test' }, options));
    expect(probeAnswer('srv-create', 'askKmsIp', result)).toEqual({ value: '127.0.0.1', facts: ['kms01.corp.test resolves to 127.0.0.1'] });
  });

  it('a result answers only the steps of its own probe', async () => {
    const result = done(await runProbe('resolve-host', { kmsHost: 'kms01.corp.test' }, options));
    expect(probeAnswer('port-1688', 'testPort', result)).toBeUndefined();
    expect(probeAnswer('port-1688', 'askHost', result)).toBeUndefined();
  });
});
