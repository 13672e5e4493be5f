// `kms-doctor parse`, run in-process: one file, standard input, a folder of machines; every
// encoding Windows writes; usage errors.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/parse.js';
import type { CommandIO } from '../../src/commands/command.js';
import { readOutput } from '../../src/readers/read-output.js';
import { sample, sampleNames, variant } from '../readers/fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)); // a path, not a URL's pathname (/Z:/… on Windows)
const io = (stdin = ''): CommandIO => ({ readStdin: async () => stdin, stdinIsTTY: false, stdoutIsTTY: false, env: {}, cwd: ROOT });
const tmp = mkdtempSync(join(tmpdir(), 'kms-doctor-parse-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function parseJson(args: string[], stdin?: string) {
  const result = await run([...args, '--json'], io(stdin));
  return { ...result, json: JSON.parse(result.stdout) };
}

describe('kms-doctor parse FILE', () => {
  for (const name of sampleNames()) {
    it(`prints what ${name} shows`, async () => {
      const { json, exitCode } = await parseJson([`test/fixtures/samples/${name}`]);
      const reading = readOutput(sample(name));
      expect(json).toMatchObject({ kind: reading.kind, facts: reading.facts, code: reading.code ?? null });
      expect(exitCode).toBe(reading.kind === 'unknown' ? 1 : 0);
      if (reading.kind === 'unknown') expect(json.questionsAnswered).toEqual([]);
      else expect(json.questionsAnswered.length).toBeGreaterThan(0);
    });
  }

  it('names the questions a collected client answers', async () => {
    const { json } = await parseJson(['test/fixtures/readers/collect-client.json']);
    expect(json.questionsAnswered).toEqual(expect.arrayContaining([
      'triage.askCode', 'dns-srv.askDomain', 'dns-srv.lookup', 'dns-srv.recordHost', 'dns-srv.recordPort', 'port-1688.askHost',
      'port-1688.testPort', 'port-1688.portOpen', 'kms-contact.events', 'clock-skew.askHost', 'clock-skew.askClientTime',
    ]));
    expect(json.questionsAnswered).not.toContain('kms-host.hostStatus');
  });

  it('lists the parts of several outputs pasted at once', async () => {
    const { json } = await parseJson(['test/fixtures/readers/several-outputs.txt']);
    expect(json.parts.map((p: { kind: string }) => p.kind)).toEqual(['slmgr-dli', 'nslookup-srv', 'test-netconnection']);
    expect(json.code).toBe('0xC004F074');
  });

  it('reads standard input with -', async () => {
    const { json, exitCode } = await parseJson(['-'], sample('dli-kms-host-1.txt'));
    expect(exitCode).toBe(0);
    expect(json).toMatchObject({ kind: 'slmgr-dli', facts: { currentCount: 2, listeningPort: 1688 } });
    expect(json.questionsAnswered).toEqual(expect.arrayContaining(['kms-count.askCount', 'port-1688.listening', 'kms-host.hostStatus']));
  });

  const encodings: Record<string, (text: string) => Buffer> = {
    'utf8.json': (t) => Buffer.from(t, 'utf8'),
    'utf8-bom.json': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
    'utf16le-bom.json': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    'utf16le.json': (t) => Buffer.from(t, 'utf16le'),
    'utf16be-bom.json': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
  };
  for (const [file, encode] of Object.entries(encodings)) {
    it(`reads collected JSON saved as ${file}`, async () => {
      writeFileSync(join(tmp, file), encode(variant('collect-client.json')));
      const { json } = await parseJson([join(tmp, file)]);
      expect(json).toMatchObject({ kind: 'collect', code: '0xC004F074', facts: { computerName: 'PC042', cmid: '5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10' } });
    });
  }

  it('prints short readable text without --json', async () => {
    const { stdout, exitCode } = await run(['test/fixtures/samples/dli-kms-client-1.txt'], io());
    expect(exitCode).toBe(0);
    expect(stdout).toContain('slmgr /dli from a KMS client\n   Product: Windows(R) 7, Enterprise edition\n   Channel: VOLUME_KMSCLIENT (a KMS client setup key)');
    expect(stdout).toContain('KMS host from DNS: emeronb10-rc3.sppvltest.net:1688');
    expect(stdout).toMatch(/Answers these wizard questions: .*triage\.channel/s);
    expect(stdout.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('says what it reads when it recognises nothing, and exits 1', async () => {
    const { stdout, exitCode } = await run(['-'], io('hello, world'));
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/^Nothing kms-doctor recognises in standard input\. kms-doctor reads slmgr \/dlv/);
  });
});

describe('kms-doctor parse FOLDER', () => {
  const fleet = join(tmp, 'fleet');
  const client = JSON.parse(variant('collect-client.json'));
  const machine = (changes: Record<string, unknown>) => JSON.stringify({ ...client, ...changes }, null, 4);
  mkdirSync(join(fleet, 'old'), { recursive: true });
  writeFileSync(join(fleet, 'pc042.json'), variant('collect-client.json'));
  // PC043 is a clone of PC042 (the same CMID), saved by PowerShell 5.1's `>` (UTF-16 LE).
  writeFileSync(join(fleet, 'pc043.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(machine({ ComputerName: 'PC043', UtcTime: '2026-11-23 14:23:30Z' }), 'utf16le')]));
  // PC044's clock is 5 hours ahead, and it uses another KMS host.
  writeFileSync(join(fleet, 'pc044.json'), machine({
    ComputerName: 'PC044', UtcTime: '2026-11-23 19:35:10Z',
    Service: { ...client.Service, ClientMachineID: 'aa11bb22-cc33-4d44-8e55-f66a77b88c99' },
    Product: { ...client.Product, LicenseStatus: 1, LicenseStatusReason: '0x00000000', DiscoveredKeyManagementServiceMachineName: 'kms02.corp.contoso.com' },
    Events: [],
  }));
  writeFileSync(join(fleet, 'kms01.json'), JSON.stringify({ ...JSON.parse(variant('collect-host.json')), UtcTime: '2026-11-23 14:24:00Z' }));
  writeFileSync(join(fleet, 'notes.txt'), 'Collected on Monday for ticket 4711.\n');
  writeFileSync(join(fleet, 'old', 'pc001.json'), variant('collect-client.json'));

  it('reads one entry per file and summarises the machines', async () => {
    const { json, exitCode } = await parseJson([fleet]);
    expect(exitCode).toBe(0);
    expect(json.files.map((f: { file: string; machine: string; kind: string }) => [f.file, f.machine, f.kind])).toEqual([
      ['kms01.json', 'KMS01', 'collect'],
      ['notes.txt', 'notes', 'unknown'],
      ['pc042.json', 'PC042', 'collect'],
      ['pc043.json', 'PC043', 'collect'],
      ['pc044.json', 'PC044', 'collect'],
    ]);
    const s = json.summary;
    expect(s).toMatchObject({
      machines: 4,
      unrecognised: ['notes.txt'],
      licenceStates: { Licensed: ['KMS01', 'PC044'], Notification: ['PC042', 'PC043'] },
      kmsHosts: { 'kms01.corp.contoso.com:1688': ['PC042', 'PC043'], 'kms02.corp.contoso.com:1688': ['PC044'] },
      duplicateCmids: [{ cmid: '5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10', machines: ['PC042', 'PC043'] }],
      clocksApart: [{ machine: 'PC044', utcTime: '2026-11-23 19:35:10Z' }],
    });
    expect(s.codes['0xC004F074']).toEqual(['PC042', 'PC043']);
    // The host's 12290 events speak for the clients that asked, not for the host.
    expect(s.codes['0xC004F038']).toEqual(['PC042', 'PC043']);
    expect(s.firstSteps[0]).toMatch(/^PC042, PC043 share one client machine ID \(5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10\)/);
    expect(s.firstSteps[1]).toMatch(/^Correct the clock of PC044 \(\+5 h 12 min\)/);
  });

  it('prints the summary as text, what to do first before the files', async () => {
    const stdout = (await run([fleet], io())).stdout.replace(/\n(?!\n|What|Per|\d\.| {2})/g, ' ');
    expect(stdout).toMatch(/^Read 5 files in .*fleet \(4 machines\); not recognised: notes\.txt\./);
    expect(stdout).toContain('Same CMID on several machines: 5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10 on PC042, PC043');
    expect(stdout.indexOf('What to do first:')).toBeLessThan(stdout.indexOf('Per file:'));
  });

  it('exits 1 when no file is recognised', async () => {
    const empty = join(tmp, 'nothing');
    mkdirSync(empty);
    writeFileSync(join(empty, 'a.txt'), 'nothing here');
    expect((await run([empty], io())).exitCode).toBe(1);
  });
});

describe('usage errors', () => {
  const cases: Record<string, string[]> = {
    'no input': [],
    'two inputs': ['a', 'b'],
    'an unknown option': ['--yaml', 'a'],
  };
  for (const [what, args] of Object.entries(cases)) {
    it(`exits 2 for ${what}, with the usage on stderr`, async () => {
      const result = await run(args, io());
      expect(result).toMatchObject({ stdout: '', exitCode: 2 });
      expect(result.stderr).toContain('Usage: kms-doctor parse FILE|-|FOLDER [--json]');
    });
  }

  it('exits 2 for a file that does not exist', async () => {
    expect(await run(['no/such/file.txt'], io())).toEqual({ stdout: '', stderr: 'kms-doctor parse: cannot read no/such/file.txt: no such file or folder\n', exitCode: 2 });
  });

  it('prints the usage for --help', async () => {
    expect(await run(['--help'], io())).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('Usage: kms-doctor parse') });
  });
});
