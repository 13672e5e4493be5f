// `kms-doctor collect`: the script it prints reads and never changes anything, stays short
// enough to paste into a console, and writes the JSON names the reader reads by (one list of
// names, src/readers/collect-names.ts); the recorded outputs use exactly those names.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectScript } from '../../src/collect/script.js';
import { run } from '../../src/commands/collect.js';
import type { CommandIO } from '../../src/commands/command.js';
import {
  COLLECT_KEYS, EVENT_KEYS, HOST_SERVICE_PROPERTIES, PRODUCT_PROPERTIES, SERVICE_PROPERTIES, SRV_KEYS, SRV_RECORD_PROPERTIES, TCP_KEYS,
} from '../../src/readers/collect-names.js';
import { variant } from '../readers/fixtures.js';

/** The most a script pasted into a PowerShell console should be. */
const MAX_CHARS = 3000;
const MAX_LINES = 35;

const tmp = mkdtempSync(join(tmpdir(), 'kms-doctor-collect-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const io: CommandIO = { readStdin: async () => '', stdinIsTTY: false, stdoutIsTTY: false, env: {}, cwd: tmp };

// Anything that changes a machine, or writes a file, has no place in the collector.
const CHANGES = [
  /\b(?:Set|New|Remove|Clear|Add|Enable|Disable|Start|Stop|Restart|Register|Unregister|Install|Uninstall|Export|Out|Rename|Move|Copy)-[A-Z]/i,
  /Invoke-(?:CimMethod|WmiMethod|Expression|Command|WebRequest|RestMethod)|\biex\b/i,
  /\bslmgr\b|\bcscript\b|\breg(?:\.exe)? (?:add|delete|import)|\bnetsh\b|\bsc(?:\.exe)? (?:config|stop|start)|\bsysprep\b/i,
  /w32tm\s+\/(?:resync|config|register|unregister)/i,
  /\.(?:Activate|InstallProductKey|SetKeyManagement\w+|ReArmWindows|RefreshLicenseStatus|Put|Delete)\s*\(/i,
  /(?<![0-9])>(?!&)|\bTee\b|Add-Content|Set-Content/i,
];

describe.each(['client', 'host'] as const)('the %s script', (side) => {
  const script = collectScript(side);

  it('changes nothing', () => {
    for (const pattern of CHANGES) expect(script, String(pattern)).not.toMatch(pattern);
    // The one w32tm call only reads.
    expect([...script.matchAll(/w32tm[^|)]*/g)].map((m) => m[0].trim())).toEqual(['w32tm /query /status 2>&1']);
  });

  it(`is at most ${MAX_CHARS} characters and ${MAX_LINES} lines of plain ASCII`, () => {
    expect(script.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(script.split('\n').length).toBeLessThanOrEqual(MAX_LINES);
    expect(script).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('leaves no variables in the console it is pasted into', () => {
    const body = script.split('\n').filter((l) => !l.startsWith('#'));
    expect(body[0]).toBe('& {');
    expect(body.filter((l) => l !== '').pop()).toBe('}');
  });

  it('reads the Windows licence the way field-notes §4 filters it, and prints JSON', () => {
    expect(script).toContain("Get-CimInstance SoftwareLicensingProduct -Filter \"ApplicationID='55c92734-d682-4d71-983e-d6ec3f16059f' AND PartialProductKey IS NOT NULL AND LicenseIsAddon=FALSE\"");
    expect(script).toContain('Get-CimInstance SoftwareLicensingService');
    expect(script).toContain("ToUniversalTime().ToString('u')");
    expect(script).toMatch(/\|ConvertTo-Json -Depth 4\n\}\n$/);
  });

  it('writes every name the reader reads by', () => {
    const names = [
      ...Object.values(COLLECT_KEYS), ...Object.values(SRV_KEYS), ...SRV_RECORD_PROPERTIES, ...Object.values(EVENT_KEYS), ...PRODUCT_PROPERTIES,
      ...SERVICE_PROPERTIES, ...(side === 'host' ? HOST_SERVICE_PROPERTIES : []), ...(side === 'client' ? Object.values(TCP_KEYS) : []),
    ];
    for (const name of names) expect(script, name).toMatch(new RegExp(`\\b${name}\\b`));
  });
});

it('the read-only check catches what changes a machine or writes a file', () => {
  const bad = ['Set-Service sppsvc -StartupType Automatic', 'Invoke-CimMethod -MethodName Activate', 'cscript slmgr.vbs /ato', 'w32tm /resync',
    '$x | Out-File a.txt', 'echo 1 > a.txt', 'New-Item x', "$svc.InstallProductKey('X')", 'Restart-Service sppsvc'];
  for (const line of bad) expect(CHANGES.some((p) => p.test(line)), line).toBe(true);
  expect(CHANGES.some((p) => p.test('w32tm /query /status 2>&1'))).toBe(false);
});

describe('the client and host scripts differ where they should', () => {
  it('the client tests TCP to its host and reads 12288/12289; the host reads 12290/12293/12294 and its count', () => {
    const client = collectScript('client');
    const host = collectScript('host');
    expect(client).toContain('[Net.Sockets.TcpClient]::new()');
    expect(client).toContain('Id=12288,12289');
    expect(client).not.toContain('KeyManagementServiceCurrentCount');
    expect(host).not.toContain('TcpClient');
    expect(host).toContain("LogName='Key Management Service';Id=12290");
    expect(host).toContain('Id=12293,12294');
    expect(host).toContain("Side='host'");
  });
});

describe('the recorded outputs use exactly the script\'s names', () => {
  for (const [file, side] of [['collect-client.json', 'client'], ['collect-host.json', 'host']] as const) {
    it(file, () => {
      const json = JSON.parse(variant(file));
      expect(Object.keys(json).sort()).toEqual(Object.values(COLLECT_KEYS).sort());
      expect(Object.keys(json.Product).sort()).toEqual([...PRODUCT_PROPERTIES].sort());
      expect(Object.keys(json.Service).sort()).toEqual([...SERVICE_PROPERTIES, ...(side === 'host' ? HOST_SERVICE_PROPERTIES : [])].sort());
      expect(Object.keys(json.Srv).sort()).toEqual(Object.values(SRV_KEYS).sort());
      for (const record of json.Srv.Records) expect(Object.keys(record).sort()).toEqual([...SRV_RECORD_PROPERTIES].sort());
      for (const event of json.Events) expect(Object.keys(event).sort()).toEqual(Object.values(EVENT_KEYS).sort());
      if (json.Tcp) expect(Object.keys(json.Tcp).sort()).toEqual(Object.values(TCP_KEYS).sort());
      expect(json.Side).toBe(side);
    });
  }
});

describe('kms-doctor collect', () => {
  it('prints the client script', async () => {
    expect(await run([], io)).toEqual({ stdout: collectScript('client'), exitCode: 0 });
  });

  it('prints the host script with --host-side', async () => {
    expect(await run(['--host-side'], io)).toEqual({ stdout: collectScript('host'), exitCode: 0 });
  });

  it('writes a .ps1 with --out, with CRLF line ends', async () => {
    const result = await run(['--out', 'collect.ps1'], io);
    expect(result).toMatchObject({ stdout: '', exitCode: 0 });
    expect(result.stderr).toMatch(/^Wrote collect\.ps1\. Run it on each client/);
    expect(readFileSync(join(tmp, 'collect.ps1'), 'utf8')).toBe(collectScript('client').replace(/\n/g, '\r\n'));
  });

  const usage: Record<string, string[]> = {
    'a file name that is not .ps1': ['--out', 'collect.txt'],
    'an unknown option': ['--remote'],
    'a stray argument': ['pc042'],
    'a missing file name': ['--out'],
  };
  for (const [what, args] of Object.entries(usage)) {
    it(`exits 2 for ${what}`, async () => {
      const result = await run(args, io);
      expect(result).toMatchObject({ stdout: '', exitCode: 2 });
      expect(result.stderr).toContain('Usage: kms-doctor collect');
    });
  }
});
