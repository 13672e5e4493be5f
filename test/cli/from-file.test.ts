// `kms-doctor --from FILE`, run in-process with a terminal and a stand-in wizard: the file is
// read with the same bounds as parse, a file with nothing kms-doctor reads is said to be so,
// and values that hold characters a terminal would obey are refused — never "repaired" into a
// host name nobody typed. In each refusal the wizard does not start and the exit code is 2.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain, type WizardStart } from '../../src/commands/main.js';
import { pipeIO } from '../support/command-io.js';

const tmp = mkdtempSync(join(tmpdir(), 'kms-doctor-from-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const terminal = pipeIO('', { stdinIsTTY: true, stdoutIsTTY: true, cwd: tmp });
const collect = readFileSync(new URL('../fixtures/readers/collect-client.json', import.meta.url), 'utf8');

async function from(name: string, content: string | Buffer) {
  writeFileSync(join(tmp, name), content);
  const started: WizardStart[] = [];
  const r = await runMain(['--from', name], terminal, '1', async (_code, start) => (started.push(start), 0));
  return { ...r, started };
}

describe('--from FILE is bounded', () => {
  it('a file over 16 MiB is refused by its size, before it is read', async () => {
    const r = await from('big.txt', Buffer.alloc(17 * 1024 * 1024, 'Name: Windows\r\n'));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('cannot read --from big.txt: it is 17 MB; kms-doctor reads files up to 16 MiB');
    expect(r.started).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('/dev/zero is read to 16 MiB and refused there, not read for ever', async () => {
    const r = await runMain(['--from', '/dev/zero'], terminal, '1', async () => 0);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--from /dev/zero: it goes on past 16 MiB; only the first 16 MiB were read; the wizard starts only from a whole output');
  });
});

describe('--from FILE that holds nothing kms-doctor reads says so', () => {
  it.each([
    ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['JSON nested 100 000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['a shopping list', 'milk\r\neggs\r\nbread\r\n'],
  ])('%s', async (name, content) => {
    const r = await from(`${name.replace(/\W+/g, '-')}.txt`, content);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/nothing in --from \S+ is output kms-doctor reads\. kms-doctor reads slmgr/);
    expect(r.stderr).toContain('Start without --from and answer the questions');
    expect(r.started).toEqual([]);
  });
});

describe('--from FILE with values a terminal would obey', () => {
  it('a KMS host with an OSC title sequence and a colour is refused, the characters named', async () => {
    const hostile = collect.replace('"KeyManagementServiceMachine":  null', '"KeyManagementServiceMachine":  "kms01\\u001b]0;PWNED\\u0007\\u001b[31mRED"');
    expect(hostile).not.toBe(collect);
    const r = await from('hostile.json', hostile);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--from hostile.json holds characters a terminal would obey, which Windows does not print in its output: <ESC>, <BEL>, in "kms01<ESC>]0;PWNED<BEL><ESC>[31mRED"');
    expect(r.stderr).not.toMatch(/[\u0007\u001B]/);
    expect(r.started).toEqual([]);
  });

  it('a computer name with a right-to-left override is refused', async () => {
    const r = await from('rlo.json', collect.replace('"ComputerName":  "PC042"', '"ComputerName":  "PC\\u202e042"'));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('<U+202E>, in "PC<U+202E>042"');
  });

  it('raw control characters in text output are refused too', async () => {
    const r = await from('dlv.txt', 'Name: Windows(R), Enterprise edition\r\nKMS machine name from DNS: kms01\u001B[2J.corp.contoso.com:1688\r\nLicense Status: Licensed\r\n');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('<ESC>, in "KMS machine name from DNS: kms01<ESC>[2J.corp.contoso.com:1688"');
  });

  it('colours around text (PowerShell 7 captures) and a BOM are not values: such a file starts the wizard', async () => {
    const coloured = '\uFEFF\u001B[32;1mName\u001B[0m: Windows(R), Enterprise edition\r\n\u001B[32;1mLicense Status\u001B[0m: Licensed\r\nKMS machine name from DNS: kms01.corp.contoso.com:1688\r\n';
    const r = await from('coloured.txt', coloured);
    expect([r.exitCode, r.stderr ?? '']).toEqual([0, '']);
    expect(r.started).toHaveLength(1);
  });

  it('clean collected output starts the wizard with its text', async () => {
    const r = await from('clean.json', collect);
    expect(r.exitCode).toBe(0);
    expect(r.started[0]?.output).toBe(collect);
  });
});
