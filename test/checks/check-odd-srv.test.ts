// `kms-doctor check` on odd SRV records, against a DNS responder on 127.0.0.1: a target of "."
// (RFC 2782: the service is decidedly not available in this domain) and port 0 are reported as
// what they are — not as a host ":1688." that gives no address, nor as a stopped service.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/check.js';
import type { CheckReport } from '../../src/checks/report.js';
import { probeAnswer } from '../../src/checks/probe-answers.js';
import { pipeIO } from '../support/command-io.js';
import { startDnsServer, zone, type LoopbackDns } from '../support/dns-server.js';
import { startTcpPeers, type TcpPeers } from '../support/tcp-listeners.js';

let dns: LoopbackDns;
let peers: TcpPeers;

beforeAll(async () => {
  peers = await startTcpPeers();
  const record = (target: string, port: number, priority = 0) => ({ priority, weight: 0, port, target });
  dns = await startDnsServer(zone({
    srv: {
      '_vlmcs._tcp.dot.test': [record('.', 1688)],
      '_vlmcs._tcp.zero.test': [record('kms01.zero.test', 0)],
      '_vlmcs._tcp.mixed.test': [record('kms01.mixed.test', peers.accepting.port), record('.', 1688, 10)],
    },
    a: { 'kms01.zero.test': ['127.0.0.1'], 'kms01.mixed.test': ['127.0.0.1'] },
  }));
});
afterAll(async () => {
  await Promise.all([dns?.close(), peers?.close()]);
});

async function check(domain: string, json = true) {
  const r = await run(['--domain', domain, '--dns-server', dns.server, ...(json ? ['--json'] : [])], pipeIO());
  return { ...r, report: json ? (JSON.parse(r.stdout) as CheckReport) : undefined };
}

describe('the target "."', () => {
  it('is the service decidedly not available in the domain: nothing looked up or tried, a problem', async () => {
    const { report, exitCode } = await check('dot.test');
    expect(report!.srv!.records).toEqual([expect.objectContaining({ target: '.', port: 1688, addresses: [], unusable: 'no-service' })]);
    expect(report!.tcp).toEqual([]);
    expect(report!.verdict).toContain('has the target "." — the way DNS says the KMS service is decidedly not available in dot.test (RFC 2782)');
    expect(report!.verdict).not.toMatch(/gives no address|:1688\./);
    expect([report!.problem, exitCode]).toEqual([true, 1]);
  });

  it('reads so in the table too', async () => {
    const { stdout } = await check('dot.test', false);
    expect(stdout).toContain('none: "." means no KMS service in this domain');
    expect(stdout).not.toContain(':1688.');
  });

  it('beside a usable record: the usable host is tried, the "." record named', async () => {
    const { report } = await check('mixed.test');
    expect(report!.tcp).toEqual([expect.objectContaining({ host: 'kms01.mixed.test', status: 'open' })]);
    expect(report!.verdict).toMatch(/^DNS names one KMS host for mixed\.test: kms01\.mixed\.test:\d+\. A record of _vlmcs\._tcp\.mixed\.test has the target "\."/);
    expect(report!.problem).toBe(true);
  });

  it('does not answer the wizard\'s "one or more records" for it: the technician decides', async () => {
    const { report } = await check('dot.test');
    const answer = probeAnswer('dns-srv', 'lookup', { status: 'done', probe: 'dns-srv', report: report! } as never);
    expect(answer?.event).toBeUndefined();
    expect(answer?.facts).toEqual(['_vlmcs._tcp.dot.test: target "." — the KMS service is decidedly not available in this domain (RFC 2782)']);
  });
});

describe('port 0', () => {
  it('is a wrong record, not a stopped service: its address shown, no connection tried', async () => {
    const { report, exitCode } = await check('zero.test');
    expect(report!.srv!.records).toEqual([expect.objectContaining({ target: 'kms01.zero.test', port: 0, addresses: ['127.0.0.1'], unusable: 'port-zero' })]);
    expect(report!.tcp).toEqual([]);
    expect(report!.verdict).toContain('The record for kms01.zero.test gives port 0, on which no service can listen: the record is wrong');
    expect(report!.verdict).not.toMatch(/nothing listens|Software Protection service stopped/);
    expect([report!.problem, exitCode]).toEqual([true, 1]);
  });
});
