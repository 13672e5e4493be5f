// `kms-doctor check`, run in-process against a DNS responder and TCP peers on 127.0.0.1:
// every case of issue 9 part 1. Black-holed cases run with the default limits (3 s a step,
// 4.5 s in all) and assert on the statuses and the timeout outcome, never on durations.

import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/check.js';
import type { CommandIO } from '../../src/commands/command.js';
import type { CheckReport } from '../../src/checks/report.js';
import { startDnsServer, zone, type LoopbackDns } from '../support/dns-server.js';
import { closedPort, NO_SILENT_PORT, startTcpPeers, type TcpPeers } from '../support/tcp-listeners.js';

const io: CommandIO = { readStdin: async () => '', stdinIsTTY: false, stdoutIsTTY: false, env: {}, cwd: '/' };

let dns: LoopbackDns;
let peers: TcpPeers;

beforeAll(async () => {
  peers = await startTcpPeers();
  const { accepting, silent, refusing } = peers;
  const kms = (target: string, port: number) => [{ priority: 0, weight: 0, port, target }];
  dns = await startDnsServer(zone({
    srv: {
      '_vlmcs._tcp.good.test': kms('kms01.good.test', accepting.port),
      '_vlmcs._tcp.refused.test': kms('kms01.refused.test', refusing),
      '_vlmcs._tcp.silent.test': kms('kms01.silent.test', silent.port),
      '_vlmcs._tcp.noaddress.test': kms('gone.noaddress.test', accepting.port),
      '_vlmcs._tcp.slowaddress.test': kms('kms01.slowaddress.test', accepting.port),
    },
    a: {
      'kms01.good.test': ['127.0.0.1'], 'kms01.refused.test': ['127.0.0.1'], 'kms01.silent.test': ['127.0.0.1'],
      // A name with an A record only: asking for its SRV record gets NOERROR with no answer.
      '_vlmcs._tcp.nodata.test': ['127.0.0.1'],
    },
    servfail: ['_vlmcs._tcp.servfail.test'],
    refused: ['_vlmcs._tcp.refusing.test'],
    drop: ['_vlmcs._tcp.blackhole.test', 'kms01.slowaddress.test'],
  }));
});

afterAll(async () => {
  await Promise.all([dns?.close(), peers?.close()]);
});

async function check(...args: string[]): Promise<{ report: CheckReport; exitCode: number }> {
  const result = await run([...args, '--dns-server', dns.server, '--json'], io);
  expect(result.stderr ?? '').toBe('');
  return { report: JSON.parse(result.stdout) as CheckReport, exitCode: result.exitCode };
}

describe('check --domain: the SRV record, its hosts and their port', () => {
  it('a record whose host accepts: found, open, exit 0, and nothing was written on the connection', async () => {
    const before = peers.accepting.accepted();
    const { report, exitCode } = await check('--domain', 'good.test');
    expect(report.srv).toMatchObject({ status: 'found', error: null, records: [{ target: 'kms01.good.test', port: peers.accepting.port, priority: 0, weight: 0, addresses: ['127.0.0.1'] }] });
    expect(report.tcp).toEqual([expect.objectContaining({ host: 'kms01.good.test', address: '127.0.0.1', port: peers.accepting.port, status: 'open' })]);
    expect(typeof report.tcp[0]!.ms).toBe('number');
    expect([report.code, exitCode, report.problem]).toEqual([null, 0, false]);
    expect(report).toMatchObject({ domain: 'good.test', dnsServer: dns.server, from: { computer: hostname(), dnsServers: [dns.server] } });
    expect(peers.accepting.accepted()).toBe(before + 1);
    await peers.accepting.allClosed(); // the check closed its end …
    expect(peers.accepting.bytesReceived()).toBe(0); // … without sending a byte
  });

  it('NXDOMAIN: no record, 0x8007232B', async () => {
    const { report, exitCode } = await check('--domain', 'missing.test');
    expect(report.srv).toMatchObject({ name: '_vlmcs._tcp.missing.test', status: 'none', reason: 'nxdomain', records: [] });
    expect([report.code, exitCode]).toEqual(['0x8007232B', 1]);
    expect(report.tcp).toEqual([]);
  });

  it('NOERROR without an SRV answer: no record, 0x8007251D (no records of that type)', async () => {
    const { report } = await check('--domain', 'nodata.test');
    expect(report.srv).toMatchObject({ status: 'none', reason: 'nodata' });
    expect(report.code).toBe('0x8007251D');
  });

  it('SERVFAIL: failed, 0x8007232A', async () => {
    const { report, exitCode } = await check('--domain', 'servfail.test');
    expect(report.srv).toMatchObject({ status: 'failed', reason: 'servfail' });
    expect([report.code, exitCode]).toEqual(['0x8007232A', 1]);
  });

  it('REFUSED: failed, 0x8007232A', async () => {
    const { report } = await check('--domain', 'refusing.test');
    expect(report.srv).toMatchObject({ status: 'failed', reason: 'refused' });
    expect(report.code).toBe('0x8007232A');
  });

  it('a DNS server where nothing listens: failed', async () => {
    const port = await closedPort();
    const result = await run(['--domain', 'good.test', '--dns-server', `127.0.0.1:${port}`, '--json'], io);
    const report = JSON.parse(result.stdout) as CheckReport;
    if (process.platform === 'win32') {
      // The "port unreachable" reply reaches the resolver only where the system hands it to the
      // socket: Linux does; Wine does not, and the check then honestly says no answer came.
      expect(report.srv).toMatchObject(report.srv?.status === 'timeout' ? { reason: 'timeout' } : { status: 'failed', reason: 'no-dns-port' });
    } else expect(report.srv).toMatchObject({ status: 'failed', reason: 'no-dns-port' });
    expect(report.code).toBe('0x8007232A');
  });

  it('a port that refuses: refused, 0xC004F074', async () => {
    const { report, exitCode } = await check('--domain', 'refused.test');
    expect(report.tcp).toEqual([expect.objectContaining({ port: peers.refusing, status: 'refused' })]);
    expect([report.code, exitCode]).toEqual(['0xC004F074', 1]);
  });

  it('a target without an address: unresolved, nothing tried, 0xC004F074', async () => {
    const { report } = await check('--domain', 'noaddress.test');
    expect(report.srv?.records[0]).toMatchObject({ target: 'gone.noaddress.test', addresses: [], addressError: expect.stringContaining('NXDOMAIN') });
    expect(report.tcp).toEqual([expect.objectContaining({ host: 'gone.noaddress.test', address: null, status: 'unresolved', ms: null })]);
    expect(report.code).toBe('0xC004F074');
  });
});

describe.concurrent('black-holed DNS and TCP, with the default limits', () => {
  it('a DNS server that never answers: timeout, 0x8007232A', async () => {
    const { report, exitCode } = await check('--domain', 'blackhole.test');
    expect(report.srv).toMatchObject({ status: 'timeout', reason: 'timeout', records: [] });
    expect([report.code, exitCode, report.stepSeconds]).toEqual(['0x8007232A', 1, 3]);
  });

  it.skipIf(NO_SILENT_PORT)('a port that never answers a SYN: timeout, 0xC004F074', async () => {
    const { report } = await check('--domain', 'silent.test');
    expect(report.tcp).toEqual([expect.objectContaining({ port: peers.silent.port, status: 'timeout' })]);
    expect(report.code).toBe('0xC004F074');
  });

  it('an address lookup that is never answered: unresolved, with the timeout as the reason', async () => {
    const { report } = await check('--domain', 'slowaddress.test');
    expect(report.srv?.records[0]).toMatchObject({ target: 'kms01.slowaddress.test', addresses: [], addressError: expect.stringMatching(/^no answer within 3 s/) });
    expect(report.tcp).toEqual([expect.objectContaining({ status: 'unresolved' })]);
  });

  it.skipIf(NO_SILENT_PORT)('the host given with --host and silent: timeout', async () => {
    const { report } = await check('--host', `127.0.0.1:${peers.silent.port}`);
    expect(report.tcp).toEqual([expect.objectContaining({ host: '127.0.0.1', source: 'host', status: 'timeout' })]);
  });

  it('a slow answer and then a black hole: the whole check\'s end cuts the second step short', async () => {
    // The SRV answer comes 2.5 s late; the address lookup after it is never answered. Its
    // own limit (3 s) would end the check at 5.5 s; the whole-check limit (4.5 s) ends it first.
    const late = await startDnsServer((q) => (q.type === 'SRV' ? { answers: [{ type: 'SRV', data: { priority: 0, weight: 0, port: 1688, target: 'kms01.late.test' } }], delayMs: 2500 } : 'drop'));
    try {
      const result = await run(['--domain', 'late.test', '--dns-server', late.server, '--json'], io);
      const report = JSON.parse(result.stdout) as CheckReport;
      expect(report.srv?.status).toBe('found');
      expect(report.tcp).toEqual([expect.objectContaining({ host: 'kms01.late.test', status: 'unresolved' })]);
      expect(report.srv?.records[0]?.addressError).toMatch(/whole check's time ran out/);
      expect(report.deadlineReached).toBe(true);
    } finally {
      await late.close();
    }
  });
});
