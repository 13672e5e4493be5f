// Both collect scripts run to the end under pwsh with the mocks (test/powershell/mocks/), and
// what they print is JSON that `kms-doctor parse` reads and that answers the same wizard
// questions the hand-written fixtures (test/fixtures/readers/collect-*.json) answer. The TCP
// test connects for real, to peers this test starts on 127.0.0.1.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectScript, ERRORS_KEY } from '../../src/collect/script.js';
import { run as parse } from '../../src/commands/parse.js';
import { COLLECT_KEYS } from '../../src/readers/collect-names.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import type { Reading } from '../../src/readers/reading.js';
import { variant } from '../readers/fixtures.js';
import { autoWalk } from '../support/reads-steps.js';
import { startTcpPeers, type TcpPeers } from '../support/tcp-listeners.js';
import { caseEnvironment, removeCases, type MockCase } from './mock-cases.js';
import { describePwsh } from './suite.js';

describePwsh('the collect scripts, run with the mocks', (host) => {
  let peers: TcpPeers;
  beforeAll(async () => { peers = await startTcpPeers(); });
  afterAll(async () => { await peers?.close(); removeCases(); });

  /** Runs a case; the run must end by itself, with no error left unhandled, and print JSON. */
  async function collect(name: MockCase): Promise<{ json: Record<string, unknown>; text: string }> {
    const side = name === 'kms-host' ? 'host' : 'client';
    const result = await host().run(collectScript(side), caseEnvironment(name, { acceptingPort: peers.accepting.port, silentPort: peers.silent.port }));
    expect(result.stopped).toBeNull();
    expect(result.errors).toEqual([]);
    return { json: JSON.parse(result.output), text: result.output };
  }

  const walks = (client: Reading, hostSide: Reading) => {
    const both = [client, hostSide];
    const by = (steps: { id: string; by: string }[]) => steps.filter((s) => s.by === 'paste').map((s) => s.id);
    return {
      triage: autoWalk('triage', {}, both, { 'triage.start': 'CODE', 'port-1688.closed': 'RUNNING', 'port-1688.firewall': 'ENABLED' }).steps,
      dnsSrv: by(autoWalk('dns-srv', { code: '0x8007232B' }, [client]).steps),
      clock: by(autoWalk('clock-skew', { code: '0xC004F06C' }, both, { 'clock-skew.measure': 'BY_HAND', 'clock-skew.whichWrong': 'HOST' }).steps),
      count: by(autoWalk('kms-count', { code: '0xC004F038' }, both, { 'kms-count.below': 'STUCK' }).steps),
    };
  };

  it('a client failing with 0xC004F074 and its KMS host: their JSON answers what the hand-written fixtures answer', async () => {
    const client = await collect('client-0xC004F074');
    const kmsHost = await collect('kms-host');
    const mocked = walks(readOutput(client.text), readOutput(kmsHost.text));
    const fixtures = walks(readOutput(variant('collect-client.json')), readOutput(variant('collect-host.json')));
    expect(mocked).toEqual(fixtures);
    expect(mocked.triage.filter((s) => s.by === 'paste').length).toBeGreaterThan(3);
    expect(readOutput(client.text)).toMatchObject({ kind: 'collect', code: '0xC004F074' });
    expect(client.json.Tcp).toMatchObject({ Host: '127.0.0.1', Port: peers.silent.port, Succeeded: false, Error: 'TimedOut' });
  });

  it('writes exactly the names the reader reads by, and the list of errors', async () => {
    for (const name of ['client-0xC004F074', 'kms-host'] as const) {
      const { json } = await collect(name);
      expect(Object.keys(json).sort()).toEqual([...Object.values(COLLECT_KEYS), ERRORS_KEY].sort());
      expect(Object.keys(json).sort()).toEqual(Object.keys({ ...JSON.parse(variant(`collect-${name === 'kms-host' ? 'host' : 'client'}.json`)), [ERRORS_KEY]: [] }).sort());
    }
  });

  it('an activated client: licensed, its KMS host reached with one connection that sends nothing', async () => {
    const before = peers.accepting.accepted();
    const { text, json } = await collect('activated-client');
    expect(json.Tcp).toMatchObject({ Host: '127.0.0.1', Succeeded: true, Error: null });
    expect(peers.accepting.accepted()).toBe(before + 1);
    expect(peers.accepting.bytesReceived()).toBe(0);
    const reading = readOutput(text);
    expect(reading.facts).toMatchObject({ licenseStatus: 'licensed' });
    expect(reading.facts.events?.map((e) => e.id)).toEqual([12289, 12288]);
  });

  it('CIM failing: each failure is recorded in the JSON, and the events and the clock are still read', async () => {
    const { json } = await collect('cim-failing');
    expect(json.Product).toBeNull();
    expect(json[ERRORS_KEY]).toEqual(['Product', 'Service', 'ComputerSystem'].map((Part) => ({ Part, Message: 'Access denied ', ErrorId: 'HRESULT 0x80041003,Get-CimInstance' })));
    expect((json.Events as unknown[]).length).toBe(1);
    expect(json.W32tm).toEqual(['Leap Indicator: 0(no warning)', 'Source: dc01.corp.contoso.com']);
  });

  it('no network: the SRV lookup times out, the TCP test gives up after its 3 seconds, the rest is read', async () => {
    const { json } = await collect('no-network');
    expect(json.Srv).toMatchObject({ Status: 'timeout', Records: [] });
    expect(String((json.Srv as { Error: string }).Error)).toMatch(/^ERROR_TIMEOUT/);
    expect(json.Tcp).toMatchObject({ Succeeded: false, Error: 'TimedOut' });
    expect(json.Events).toEqual([]);
    expect(json[ERRORS_KEY]).toEqual([]);
  });

  it('kms-doctor parse reads what they print', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-parse-'));
    try {
      for (const name of ['client-0xC004F074', 'kms-host', 'cim-failing'] as const) writeFileSync(join(dir, `${name}.json`), (await collect(name)).text);
      const result = await parse([dir, '--json'], { readStdin: async () => '', stdinIsTTY: false, stdoutIsTTY: false, env: {}, cwd: dir });
      expect(result.exitCode).toBe(0);
      const entries = (JSON.parse(result.stdout) as { files: { kind: string }[] }).files;
      expect(entries.map((e) => e.kind)).toEqual(['collect', 'collect', 'collect']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
