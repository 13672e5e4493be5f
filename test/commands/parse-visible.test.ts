// Names and values from outside never reach the terminal raw in `kms-doctor parse`: file and
// folder names, a ComputerName read from JSON, hosts. In text each character a terminal would
// obey is named (<ESC>, <BEL>, <LF>, <U+202E>); in --json it is a \uXXXX escape (the same data).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/parse.js';
import { pipeIO } from '../support/command-io.js';

const tmp = mkdtempSync(join(tmpdir(), 'kms-doctor-visible-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const io = pipeIO('', { cwd: tmp });
const collect = readFileSync(new URL('../fixtures/readers/collect-client.json', import.meta.url), 'utf8');
const dlv = 'Name: Windows(R), Enterprise edition\r\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel\r\nLicense Status: Licensed\r\n';
/** What a terminal would obey: C0 (but the line feeds that end lines), DEL, C1, bidi and invisible format characters. */
const OBEYED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/;
// Names with control characters cannot be made on Windows.
const posix = process.platform !== 'win32';

describe.skipIf(!posix)('file names from a folder', () => {
  // In beforeAll: a skipped describe's body still runs (to collect its tests), and Windows
  // refuses these names.
  beforeAll(() => {
    const folder = join(tmp, 'fleet');
    mkdirSync(folder);
    writeFileSync(join(folder, 'e\u001B]0;PWNED\u0007\u001B[2Jx.txt'), dlv);
    writeFileSync(join(folder, 'pc\n042.txt'), dlv);
    writeFileSync(join(folder, 'invoice\u202Etxt.exe'), 'nothing here');
    mkdirSync(join(folder, 'sub\u001B[31m'));
  });

  it('are named in the text, each on its own line', async () => {
    const r = await run(['fleet'], io);
    expect(r.stdout).not.toMatch(OBEYED);
    expect(r.stdout).toContain('e<ESC>]0;PWNED<BEL><ESC>[2Jx.txt');
    expect(r.stdout).toMatch(/^ {2}pc<LF>042\.txt +slmgr-dli, pc<LF>042, Licensed$/m);
    expect(r.stdout).toContain('not recognised: invoice<U+202E>txt.exe');
    expect(r.stdout).toContain('Skipped sub<ESC>[31m: not a file (a folder, a device or a pipe)');
  });

  it('are escaped in --json, and read back as they were', async () => {
    const r = await run(['fleet', '--json'], io);
    expect(r.stdout).not.toMatch(OBEYED);
    expect(r.stdout).toContain('invoice\\u202etxt.exe');
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toContain('invoice\u202Etxt.exe');
  });

  it('one file with such a name is named in the message too', async () => {
    const r = await run(['fleet/invoice\u202Etxt.exe'], io);
    expect(r.stdout).toContain('Nothing kms-doctor recognises in fleet/invoice<U+202E>txt.exe.');
    expect(r.stdout).not.toMatch(OBEYED);
    const missing = await run(['no\u001B[2Jsuch.txt'], io);
    expect(missing.stderr).toBe('kms-doctor parse: cannot read no<ESC>[2Jsuch.txt: no such file or folder\n');
  });
});

describe('values read from files', () => {
  it('a ComputerName with a right-to-left override is named in the text and escaped in --json', async () => {
    const folder = join(tmp, 'rlo');
    mkdirSync(folder);
    writeFileSync(join(folder, 'pc042.json'), collect.replace('"ComputerName":  "PC042"', '"ComputerName":  "PC\\u202e042"'));
    const text = await run(['rlo'], io);
    expect(text.stdout).not.toMatch(OBEYED);
    expect(text.stdout).toContain('PC<U+202E>042');
    const json = await run(['rlo', '--json'], io);
    expect(json.stdout).not.toMatch(OBEYED);
    expect(JSON.parse(json.stdout).files[0].machine).toBe('PC\u202E042');
  });
});
