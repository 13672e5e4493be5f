// The non-interactive commands of the built bin: explain, keys, --help, --version.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runBin } from '../support/bin.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('kms-doctor explain', () => {
  it('prints a known code: message, cause, steps and copy-safe commands; exit 0', async () => {
    const r = await runBin(['explain', '0xc004f074']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0xC004F074 — ');
    expect(r.stdout).toContain('What it means:');
    expect(r.stdout).toContain('What to do:');
    // Each command alone on its line.
    expect(r.stdout.split('\n')).toContain('cscript //nologo %windir%\\system32\\slmgr.vbs /dlv');
  });

  it('gives one JSON object with the fields scripts need', async () => {
    const r = await runBin(['explain', '--json', '-1073418124']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o).toMatchObject({ code: '0xC004F074', known: true });
    for (const field of ['message', 'activationTypes', 'cause', 'resolution', 'commands']) expect(o).toHaveProperty(field);
    expect(o.commands[0]).toHaveProperty('text');
  });

  it('reads pasted slmgr output from standard input', async () => {
    const paste = 'Activating Windows(R), ServerStandard edition (de32eafd-aaee-4662-9444-c1befb41bde2) ...\nError: 0x8007232B DNS name does not exist\n';
    const r = await runBin(['explain'], paste);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0x8007232B — ');
  });

  it('answers honestly for an unknown code: exit 1', async () => {
    const r = await runBin(['explain', '0x80070020']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("not in kms-doctor's catalog");
    expect(r.stdout).toContain('Win32 error 32');
    expect(r.stdout).toContain('slui.exe 0x2a 0x80070020');
    const j = JSON.parse((await runBin(['explain', '--json', '0x80070020'])).stdout);
    expect(j).toMatchObject({ known: false, code: '0x80070020', win32: 32 });
  });

  it('says so when there is no code: exit 1', async () => {
    const r = await runBin(['explain', 'the', 'machine', 'will', 'not', 'activate']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('No error code found');
  });
});

describe('kms-doctor keys', () => {
  it('lists the best match first', async () => {
    const r = await runBin(['keys', 'server', '2022', 'datacenter']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^Windows Server 2022 Datacenter\s+WX4NM-KYWYW-QJJR4-XV3QB-6VM33$/);
  });

  it('gives every entry with --json', async () => {
    const all = JSON.parse((await runBin(['keys', '--json'])).stdout);
    expect(all).toHaveLength(94);
    expect(all[0]).toHaveProperty('edition');
    expect(all[0]).toHaveProperty('key');
  });

  it('says so when nothing matches: exit 1', async () => {
    const r = await runBin(['keys', 'vista', 'business']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('No KMS client setup key matches');
  });
});

describe('help, version, usage errors', () => {
  it('--version prints the package version', async () => {
    const r = await runBin(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help explains usage, examples, keys and exit codes', async () => {
    const r = await runBin(['--help']);
    expect(r.code).toBe(0);
    for (const text of ['Usage: kms-doctor', 'explain', 'keys', 'Examples:', 'Exit codes:', 'Esc goes back']) expect(r.stdout).toContain(text);
  });

  it('an unknown option is a usage error: exit 2 with a message', async () => {
    const r = await runBin(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });
});
