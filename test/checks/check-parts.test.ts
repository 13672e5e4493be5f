// The parts of the live check one at a time: the clock, the DNS lookups, what a connect
// error means, the judgement, and the values `check` takes.

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkDnsServer, checkHost, checkTimeout } from '../../src/checks/check-input.js';
import { Deadline, DEFAULT_LIMITS, limitsFor } from '../../src/checks/deadline.js';
import { dnsAsker, lookupAddresses, lookupSrv } from '../../src/checks/dns-lookup.js';
import type { CheckFindings, TcpResult } from '../../src/checks/report.js';
import { statusOfConnectError } from '../../src/checks/tcp-connect.js';
import { judge } from '../../src/checks/verdict.js';
import { startDnsServer, zone, type LoopbackDns } from '../support/dns-server.js';

describe('Deadline', () => {
  afterEach(() => vi.useRealTimers());
  const never = () => new Promise<never>(() => undefined);

  it('ends a step that never settles at the step limit, and calls its cancel', async () => {
    vi.useFakeTimers();
    const deadline = new Deadline({ stepMs: 3000, totalMs: 5000 }, () => 0);
    const cancel = vi.fn();
    const outcome = deadline.run(never, cancel);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await outcome).toEqual({ kind: 'timeout', ms: 3000 });
    expect(cancel).toHaveBeenCalledOnce();
    expect(deadline.reached).toBe(false);
  });

  it('gives a later step only what is left of the whole check, and says the end cut it', async () => {
    vi.useFakeTimers();
    let now = 0;
    const deadline = new Deadline({ stepMs: 3000, totalMs: 5000 }, () => now);
    now = 4000;
    const outcome = deadline.run(never, () => undefined);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toEqual({ kind: 'timeout', ms: 1000 });
    expect(deadline.reached).toBe(true);
  });

  it('starts nothing once the time is up', async () => {
    const deadline = new Deadline({ stepMs: 3000, totalMs: 5000 }, () => 0);
    const late = new Deadline({ stepMs: 3000, totalMs: 0 }, () => 0);
    const start = vi.fn(never);
    expect(await late.run(start, () => undefined)).toEqual({ kind: 'timeout', ms: 0 });
    expect(start).not.toHaveBeenCalled();
    expect(await deadline.run(async () => 7, () => undefined)).toEqual({ kind: 'value', value: 7 });
    expect(await deadline.run(() => Promise.reject(new Error('no')), () => undefined)).toMatchObject({ kind: 'error' });
  });

  it('the default is 3 s a step and 4.5 s in all (5 s with Node\'s start); --timeout T gives T and T + 1.5 s', () => {
    expect(DEFAULT_LIMITS).toEqual({ stepMs: 3000, totalMs: 4500 });
    expect(limitsFor(0.5)).toEqual({ stepMs: 500, totalMs: 2000 });
  });
});

describe('what a connect error means', () => {
  it.each([
    ['ECONNREFUSED', 'refused'], ['ECONNRESET', 'refused'], ['ETIMEDOUT', 'timeout'],
    ['EHOSTUNREACH', 'unreachable'], ['ENETUNREACH', 'unreachable'], ['EADDRNOTAVAIL', 'unreachable'], ['EPERM', 'unreachable'], [undefined, 'unreachable'],
  ])('%s → %s', (code, status) => {
    expect(statusOfConnectError(code)).toBe(status);
  });
});

describe('DNS lookups', () => {
  let dns: LoopbackDns;
  const limits = { stepMs: 1000, totalMs: 2000 };
  // Twelve records (the cap, 8, written out, not read from the constant under test), and zones
  // with exactly 8 and 9.
  const records = (n: number) => Array.from({ length: n }, (_, i) => ({ priority: 10 - (i % 3), weight: i, port: 1688, target: `kms${i}.many.test` }));
  beforeAll(async () => {
    dns = await startDnsServer((q) => {
      if (q.name === 'v4only-aaaa-dropped.test') return q.type === 'A' ? { answers: [{ type: 'A', address: '127.0.0.1' }] } : 'drop';
      return zone({ srv: { '_vlmcs._tcp.many.test': records(12), '_vlmcs._tcp.eight.test': records(8), '_vlmcs._tcp.nine.test': records(9) }, aaaa: { 'v6.test': ['fd00::21'] } })(q);
    });
  });
  afterAll(() => dns?.close());
  const asker = () => dnsAsker(dns.server, limits.stepMs);

  it('keeps at most 8 records, lowest priority first, then highest weight', async () => {
    const srv = await lookupSrv('many.test', asker(), new Deadline(limits));
    expect(srv.records.map((r) => [r.priority, r.weight])).toEqual([[8, 11], [8, 8], [8, 5], [8, 2], [9, 10], [9, 7], [9, 4], [9, 1]]);
    expect(srv.recordsNotTested).toBe(4);
  });

  it.each([['eight.test', 8, 0], ['nine.test', 8, 1]])('%s: %i records kept, %i not tested', async (name, kept, left) => {
    const srv = await lookupSrv(name, asker(), new Deadline(limits));
    expect([srv.records.length, srv.recordsNotTested]).toEqual([kept, left]);
  });

  it('an AAAA-only name gives its IPv6 address', async () => {
    expect(await lookupAddresses('v6.test', asker(), new Deadline(limits))).toEqual({ addresses: ['fd00::21'], error: null, reason: null });
  });

  it('an A answer is kept when the AAAA question is never answered', async () => {
    expect((await lookupAddresses('v4only-aaaa-dropped.test', asker(), new Deadline(limits))).addresses).toEqual(['127.0.0.1']);
  });

  it('the root target "." (no service here) and addresses are not looked up', async () => {
    const asked = dns.asked.length;
    expect(await lookupAddresses('', asker(), new Deadline(limits))).toMatchObject({ addresses: [], reason: 'invalid-name' });
    expect(await lookupAddresses('10.0.0.21', asker(), new Deadline(limits))).toMatchObject({ addresses: ['10.0.0.21'] });
    expect(dns.asked.length).toBe(asked);
  });
});

describe('judge', () => {
  const row = (host: string, status: TcpResult['status']): TcpResult => ({ host, address: '10.0.0.1', port: 1688, status, ms: 1, error: null, source: 'srv' });
  const findings = (tcp: TcpResult[]): CheckFindings => ({
    domain: null, dnsServer: '10.0.0.10', from: { computer: 'ws-042', dnsServers: ['10.0.0.10'] }, srv: null, host: null, tcp, deadlineReached: false, stepSeconds: 3,
  });

  it('one host of two failing is a problem, but explains no activation error', () => {
    const j = judge(findings([row('kms01.corp.test', 'open'), row('kms02.corp.test', 'refused')]));
    expect(j).toMatchObject({ problem: true, code: null });
    expect(j.verdict).toMatch(/kms02\.corp\.test:1688 refuses the connection.*The other host answers/);
  });

  it('a host counts as answering when any of its addresses accepts', () => {
    expect(judge(findings([row('kms01.corp.test', 'unreachable'), row('kms01.corp.test', 'open')]))).toMatchObject({ problem: false, code: null });
  });
});

describe('values check takes', () => {
  it.each([
    ['10.0.0.10', '10.0.0.10'], [' 127.0.0.1:5353 ', '127.0.0.1:5353'], ['FD00::53', 'fd00::53'], ['[fd00::53]:5353', '[fd00::53]:5353'],
  ])('--dns-server %s → %s', (raw, server) => {
    expect(checkDnsServer(raw)).toEqual({ ok: true, value: server });
  });

  it.each(['dns.corp.test', '10.0.0.1:', '[fd00::53', '10.0.0.1:53:53', '10.0.0.1 ; rm', ''])('--dns-server %j is refused', (raw) => {
    expect(checkDnsServer(raw).ok).toBe(false);
  });

  it('--host takes the port, 1688 by default', () => {
    expect(checkHost('KMS01.corp.test')).toEqual({ ok: true, value: { host: 'kms01.corp.test', port: 1688 } });
    expect(checkHost('[fd00::21]:1700')).toEqual({ ok: true, value: { host: 'fd00::21', port: 1700 } });
  });

  it.each([['3', 3], ['0.5', 0.5]])('--timeout %s', (raw, seconds) => expect(checkTimeout(raw)).toEqual({ ok: true, value: seconds }));
  it.each(['0', '-1', '1e3', '61', ''])('--timeout %j is refused', (raw) => expect(checkTimeout(raw).ok).toBe(false));
});
