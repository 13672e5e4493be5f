// Reading this computer (src/collect/run-local.ts): the PowerShell is found the same way
// everywhere, the collect script runs under it with -NoProfile and gives back its JSON (with the
// parts it could not read), and every failure — none found, too slow, cancelled, no JSON — is
// one sentence. The real runs use pwsh with the mocks; the failures use stand-in programs.

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandLine, findPowerShell, readRun, runLocal } from '../../src/collect/run-local.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { caseEnvironment, removeCases } from './mock-cases.js';
import { mockEnvironment } from './pwsh-host.js';
import { describePwsh, PWSH } from './suite.js';

const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-run-local-'));
afterAll(() => { rmSync(dir, { recursive: true, force: true }); removeCases(); });

/** A stand-in PowerShell: a small Node program with this body. */
function fake(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!${process.execPath}\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('finding PowerShell', () => {
  it('takes the one --powershell names, else powershell.exe on Windows, else pwsh', () => {
    expect(findPowerShell('/opt/pwsh/pwsh', 'win32')).toBe('/opt/pwsh/pwsh');
    expect(findPowerShell(undefined, 'win32')).toBe('powershell.exe');
    expect(findPowerShell(undefined, 'linux')).toBe('pwsh');
    expect(findPowerShell(undefined, 'darwin')).toBe('pwsh');
  });

  it('shows the command line it runs, as the script header tells a person to', () => {
    expect(commandLine('powershell.exe')).toBe('powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File collect.ps1');
    expect(commandLine('C:\\Program Files\\PowerShell\\7\\pwsh.exe')).toBe('"C:\\Program Files\\PowerShell\\7\\pwsh.exe" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File collect.ps1');
  });
});

// The stand-ins are Node programs started through their #! line, which only POSIX systems read.
describe.runIf(process.platform !== 'win32')('a run that fails says what failed, in one sentence', () => {
  it('no PowerShell there', async () => {
    expect(await runLocal({ powershell: join(dir, 'no-such-pwsh') })).toEqual({ ok: false, reason: `PowerShell was not found (${join(dir, 'no-such-pwsh')}); name it with --powershell PATH.` });
  });

  it('too slow: stopped at the limit', async () => {
    const slow = fake('slow', 'setTimeout(() => {}, 60_000);');
    expect(await runLocal({ powershell: slow, timeoutMs: 300 })).toEqual({ ok: false, reason: 'Stopped after 0.3 s: PowerShell had not finished reading this computer.' });
  });

  it('cancelled', async () => {
    const slow = fake('slow2', 'setTimeout(() => {}, 60_000);');
    const controller = new AbortController();
    const run = runLocal({ powershell: slow, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await run).toEqual({ ok: false, reason: 'Cancelled.' });
  });

  it('an error, or output that is not collected JSON', async () => {
    const failing = fake('failing', "process.stderr.write('File C:\\\\x\\\\collect.ps1 cannot be loaded because running scripts is disabled on this system.\\n'); process.exit(1);");
    expect(await runLocal({ powershell: failing })).toEqual({ ok: false, reason: 'PowerShell ended with exit code 1: File C:\\x\\collect.ps1 cannot be loaded because running scripts is disabled on this system.' });
    const chatty = fake('chatty', "process.stdout.write('hello\\n');");
    expect(await runLocal({ powershell: chatty })).toEqual({ ok: false, reason: 'PowerShell printed no collected JSON: hello' });
  });

  it('gets the arguments the header names, the saved script last', async () => {
    const echo = fake('echo', "const a = process.argv.slice(2); const s = require('node:fs').readFileSync(a.at(-1), 'utf8'); process.stdout.write(JSON.stringify({ KmsDoctorCollect: 1, Side: 'client', Args: a.slice(0, -1), Bom: s.charCodeAt(0) === 0xfeff, Crlf: s.includes('\\r\\n') }));".replace("require('node:fs')", "(await import('node:fs'))"));
    const run = await runLocal({ powershell: echo });
    expect(run.ok).toBe(true);
    expect(JSON.parse((run as { json: string }).json)).toMatchObject({ Args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File'], Bom: true, Crlf: true });
  });
});

describe('reading what PowerShell printed', () => {
  it('keeps the JSON and the parts it could not read', () => {
    const json = JSON.stringify({ KmsDoctorCollect: 1, Side: 'host', Errors: [{ Part: 'Product', Message: 'Access denied ', ErrorId: 'x' }] });
    expect(readRun(`\uFEFF${json}\r\n`, '', 0)).toEqual({ ok: true, json, failures: [{ part: 'Product', message: 'Access denied' }], side: 'host' });
  });
});

describePwsh('reading this computer with pwsh and the mocks', () => {
  it('a KMS host: its JSON, read as the wizard reads it', async () => {
    const env = { ...mockEnvironment(), ...caseEnvironment('kms-host', { acceptingPort: 1, silentPort: 1 }) };
    const run = await runLocal({ powershell: PWSH, side: 'host', env });
    expect(run).toMatchObject({ ok: true, failures: [], side: 'host' });
    expect(readOutput((run as { json: string }).json).facts).toMatchObject({ currentCount: 3, computerName: 'KMS01' });
  });

  it('CIM failing: the JSON still comes back, with the parts it could not read', async () => {
    const env = { ...mockEnvironment(), ...caseEnvironment('cim-failing', { acceptingPort: 1, silentPort: 1 }) };
    const run = await runLocal({ powershell: PWSH, env });
    expect(run).toMatchObject({ ok: true, failures: ['Product', 'Service', 'ComputerSystem'].map((part) => ({ part, message: 'Access denied' })) });
  });
});
