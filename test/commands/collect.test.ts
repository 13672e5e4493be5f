// `kms-doctor collect`: the script it prints reads and never changes anything, can be read
// before it is run (a header that says what it changes, contacts and how to run it; one part a
// thing it reads, each with its comment), and writes the JSON names the reader reads by (one
// list of names, src/readers/collect-names.ts); the recorded outputs use exactly those names.
// PowerShell itself parses and runs it in test/powershell/.

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

/** The widest line: the script is read in a console or an editor before it is run. */
const MAX_COLUMNS = 100;

/** The script without its comments: what PowerShell runs. */
const codeOf = (script: string): string => script.split('\n').map((l) => l.replace(/(^|\s)#(?![^']*'\)).*$/, '')).join('\n');

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
    const code = codeOf(script);
    for (const pattern of CHANGES) expect(code, String(pattern)).not.toMatch(pattern);
    // The one w32tm call only reads.
    expect([...code.matchAll(/(?:^|[@(|;{])\s*(w32tm\b[^|)]*)/gm)].map((m) => m[1]!.trim())).toEqual(['w32tm /query /status']);
  });

  it(`is plain ASCII, no line wider than ${MAX_COLUMNS} columns`, () => {
    expect(script).toMatch(/^[\x20-\x7e\n]*$/);
    expect(script.split('\n').filter((l) => l.length > MAX_COLUMNS)).toEqual([]);
  });

  it('says at the top that it changes nothing, what it contacts, how to run it and keep its output, and where errors go', () => {
    const raw = script.slice(0, script.indexOf('\n\n'));
    // The header as prose, its comment lines joined (they are wrapped at 78 columns).
    const header = raw.replace(/\n#\s*/g, ' ');
    // Only the command to run stays whole on its line, however long.
    expect(raw.split('\n').filter((l) => l.length > 80 && !l.startsWith('#   powershell '))).toEqual([]);
    expect(header).toContain('IT CHANGES NOTHING.');
    expect(header).toContain('WHAT IT CONTACTS.');
    expect(header).toContain('_vlmcs._tcp.<its domain>');
    expect(header.includes('TCP connection')).toBe(side === 'client');
    expect(raw).toContain(`\n#   powershell -NoProfile -ExecutionPolicy Bypass -File ${side === 'host' ? 'collect-host.ps1 > kms01.json' : 'collect.ps1 > pc042.json'}\n`);
    expect(header).toContain('ERRORS ARE RECORDED, NOT HIDDEN.');
  });

  it('reads one thing a part, each under a numbered comment that says what and why', () => {
    const parts = [...script.matchAll(/^ {4}# (\d+)\. (.*)$/gm)];
    expect(parts.map((m) => Number(m[1]))).toEqual(parts.map((_, i) => i + 1));
    expect(parts.length).toBe(side === 'client' ? 9 : 8);
    // Every read is in a try whose catch records the failure: nothing is silenced.
    expect(script).not.toMatch(/SilentlyContinue|-ErrorAction Ignore|catch \{\s*\}/);
    const catches = script.split('} catch {').slice(1).map((after) => after.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('#'))!);
    expect(catches.length).toBeGreaterThan(5);
    for (const c of catches) expect(c, c).toMatch(/recordError|\$srv\.Error =|\$cause = |NoMatchingEventsFound/);
  });

  it('leaves no variables in the console it is pasted into', () => {
    const body = script.split('\n').filter((l) => !l.startsWith('#') && l !== '');
    expect(body[0]).toBe('& {');
    expect(body.pop()).toBe('}');
  });

  it('reads the Windows licence the way field-notes §4 filters it, and prints JSON', () => {
    expect(script).toContain("\"ApplicationID='55c92734-d682-4d71-983e-d6ec3f16059f'\"");
    expect(script).toContain("'PartialProductKey IS NOT NULL'");
    expect(script).toContain("'LicenseIsAddon=FALSE'");
    expect(script).toContain('Get-CimInstance -ClassName SoftwareLicensingProduct -Filter $windowsWithKey');
    expect(script).toContain('Get-CimInstance -ClassName SoftwareLicensingService');
    expect(script).toContain("ToUniversalTime().ToString('u')");
    expect(script).toMatch(/\} \| ConvertTo-Json -Depth 4\n\}\n$/);
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
    expect(client).toContain('[System.Net.Sockets.TcpClient]::new()');
    expect(client).toContain('Id = 12288, 12289');
    expect(client).not.toContain('KeyManagementServiceCurrentCount');
    expect(host).not.toContain('TcpClient');
    expect(host).toMatch(/LogName = 'Key Management Service'\n\s+Id = 12290/);
    expect(host).toContain('Id = 12293, 12294');
    expect(host).toContain("Side = 'host'");
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
    expect(result.stderr).toContain('\n  powershell -NoProfile -ExecutionPolicy Bypass -File collect.ps1 > pc042.json\n');
    expect(readFileSync(join(tmp, 'collect.ps1'), 'utf8')).toBe(collectScript('client').replace(/\n/g, '\r\n'));
  });

  it('says in --help how to run the script and keep what it prints', async () => {
    const result = await run(['--help'], io);
    expect(result.stdout).toContain('\n  powershell -NoProfile -ExecutionPolicy Bypass -File collect.ps1 > pc042.json\n');
    expect(result.stdout).toContain('It changes nothing');
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
