// `kms-doctor check`: its arguments (strict, validated by the wizard's own fields, nothing
// refused ever reaches DNS), its help, and the readable report without --json.

import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_USAGE, run } from '../../src/commands/check.js';
import type { CommandIO } from '../../src/commands/command.js';
import { startDnsServer, zone, type LoopbackDns } from '../support/dns-server.js';
import { startAcceptingListener, type AcceptingListener } from '../support/tcp-listeners.js';

const io: CommandIO = { readStdin: async () => '', stdinIsTTY: false, stdoutIsTTY: false, env: {}, cwd: '/' };

let dns: LoopbackDns;
let accepting: AcceptingListener;

beforeAll(async () => {
  accepting = await startAcceptingListener();
  dns = await startDnsServer(zone({
    srv: {
      '_vlmcs._tcp.corp.test': [{ priority: 0, weight: 0, port: accepting.port, target: 'kms01.corp.test' }],
      // A hostile answer: a target with a terminal escape in it.
      '_vlmcs._tcp.evil.test': [{ priority: 0, weight: 0, port: 1688, target: 'kms\x1b[2J01.evil.test' }],
    },
    a: { 'kms01.corp.test': ['127.0.0.1'] },
  }));
});

afterAll(async () => {
  await Promise.all([dns?.close(), accepting?.close()]);
});

describe('usage errors exit 2, say what is wrong on stderr with the usage, and ask DNS nothing', () => {
  it.each([
    [[], /give --domain, --host, or both/],
    [['--domain'], /argument missing|--domain/],
    [['--domain', 'corp.test', '--verbose'], /Unknown option '--verbose'/],
    [['corp.test'], /Unexpected argument 'corp.test'|positional/i],
    [['--domain', 'corp.test; del *'], /--domain: .*";", a space and "\*"/],
    [['--domain', '10.0.0.1'], /--domain: .*IP address/],
    [['--host', 'kms01.corp.test:99999'], /--host: The port after the colon must be from 1 to 65535/],
    [['--host', 'kms01$(reboot)'], /--host: /],
    [['--domain', 'corp.test', '--dns-server', 'dns.corp.test'], /--dns-server: .*by its address/],
    [['--domain', 'corp.test', '--dns-server', '10.0.0.1:0'], /--dns-server: The DNS server's port must be from 1 to 65535/],
    [['--domain', 'corp.test', '--dns-server', '10.0.0.1;rm'], /--dns-server: /],
    [['--domain', 'corp.test', '--timeout', 'soon'], /--timeout: The timeout is a number of seconds/],
    [['--domain', 'corp.test', '--timeout', '600'], /--timeout: .*out of range/],
  ])('%j', async (args, message) => {
    const asked = dns.asked.length;
    const result = await run(args, io);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(CHECK_USAGE);
    expect(dns.asked.length).toBe(asked);
  });
});

describe('check output', () => {
  it('--help prints the usage and exits 0', async () => {
    expect(await run(['--help'], io)).toEqual({ stdout: CHECK_USAGE, exitCode: 0 });
  });

  it('without --json: where it looked from, the record, the connection, the verdict', async () => {
    const result = await run(['--domain', 'Corp.Test.', '--dns-server', dns.server], io);
    expect(result.exitCode).toBe(0);
    const text = result.stdout;
    expect(text).toContain(`Checked from ${hostname()}, asking DNS server ${dns.server}.`);
    expect(text).toMatch(/DNS {2}_vlmcs\._tcp\.corp\.test: found, 1 record/);
    expect(text).toMatch(new RegExp(`0 +0 +${accepting.port} +kms01\\.corp\\.test +127\\.0\\.0\\.1`));
    expect(text).toMatch(new RegExp(`kms01\\.corp\\.test:${accepting.port} +127\\.0\\.0\\.1 +open +\\d+ ms`));
    expect(text).toMatch(/Verdict: DNS names one KMS host for corp\.test/);
    expect(text).not.toContain('Code:');
  });

  it('a name from DNS that is not a host name is neither looked up nor printed raw', async () => {
    const result = await run(['--domain', 'evil.test', '--dns-server', dns.server], io);
    expect(result.stdout).not.toContain('\x1b');
    expect(dns.asked.filter((q) => q.name.includes('evil') && q.type !== 'SRV')).toEqual([]);
    const json = JSON.parse((await run(['--domain', 'evil.test', '--dns-server', dns.server, '--json'], io)).stdout);
    expect(json.tcp).toEqual([expect.objectContaining({ status: 'unresolved', error: expect.stringMatching(/^not a host name we look up/) })]);
  });

  it('an IPv4 address given with --host is connected to without any DNS question', async () => {
    const asked = dns.asked.length;
    const result = await run(['--host', `127.0.0.1:${accepting.port}`, '--dns-server', dns.server, '--json'], io);
    const report = JSON.parse(result.stdout);
    expect(report.tcp).toEqual([expect.objectContaining({ host: '127.0.0.1', status: 'open', source: 'host' })]);
    expect([report.srv, report.code, result.exitCode]).toEqual([null, null, 0]);
    expect(dns.asked.length).toBe(asked);
  });

  it('--host naming a host the SRV record names too is connected to once', async () => {
    const result = await run(['--domain', 'corp.test', '--host', `kms01.corp.test:${accepting.port}`, '--dns-server', dns.server, '--json'], io);
    const report = JSON.parse(result.stdout);
    expect(report.host).toMatchObject({ host: 'kms01.corp.test', addresses: ['127.0.0.1'] });
    expect(report.tcp).toHaveLength(1);
  });
});
