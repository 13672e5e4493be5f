// Each check of the PowerShell texts, seen failing on a text broken on purpose: a parse error, a
// misspelt or abbreviated parameter, an alias, a missing value, a 7-only operator, a placeholder
// left in; and a collect script with a mistake that only running it shows.

import { afterAll, expect, it } from 'vitest';
import { collectScript } from '../../src/collect/script.js';
import { CMDLETS, checkText } from './checks.js';
import { caseEnvironment, removeCases } from './mock-cases.js';
import { describePwsh } from './suite.js';

describePwsh('the checks catch a broken command', (host) => {
  const problems = (text: string) => checkText(host(), text);

  it('accepts a good one', async () => {
    expect(await problems("Get-Service -Name sppsvc | Format-List -Property Name, Status")).toEqual([]);
    expect(await problems("Get-NetAdapter | Where-Object Status -eq 'Up' | Select-Object -ExpandProperty ifIndex")).toEqual([]);
  });

  it('a parse error: an unclosed block, a dangling comma, a <placeholder> left in', async () => {
    expect((await problems('Get-Service sppsvc | ForEach-Object { $_.Name'))[0]).toMatch(/^parse error at line 1, column \d+: Missing closing '}'/);
    expect((await problems('Get-Service sppsvc | Format-List Name,'))[0]).toMatch(/^parse error at line 1, column 39: /);
    expect((await problems('Resolve-DnsName <kms-host>'))[0]).toMatch(/^parse error .*The '<' operator is reserved/);
  });

  it('a misspelt parameter, an abbreviated one, an alias, a missing value, one positional argument too many', async () => {
    expect(await problems('Get-Service -Nmae sppsvc')).toEqual(['line 1: Get-Service has no parameter -Nmae']);
    expect(await problems('Test-NetConnection kms01 -Po 1688')).toEqual(['line 1: Test-NetConnection has no parameter -Po']);
    expect(await problems('Get-Service sppsvc -EA Stop')).toEqual(['line 1: Get-Service -EA: an alias of -ErrorAction; write the full name']);
    expect(await problems('Test-NetConnection kms01 -Port')).toEqual(['line 1: Test-NetConnection -Port needs a value']);
    expect(await problems('Get-HotFix KB971033 KB3172614')).toEqual(['line 1: Get-HotFix: 2 positional argument(s), but it takes 1 more']);
  });

  it('a cmdlet alias or a misspelt cmdlet', async () => {
    expect(await problems('Get-Service | select -First 1')).toEqual([
      'line 1: select is not a cmdlet of the table (misspelt, an alias, or missing from test/fixtures/powershell/cmdlets.json)',
    ]);
    expect(await problems('get-service sppsvc')).toEqual(['line 1: get-service: write it as Get-Service']);
  });

  it('syntax Windows PowerShell 5.1 does not know', async () => {
    const seven = {
      'Get-Service sppsvc && Start-Service sppsvc': 'the pipeline chain operator &&',
      'Get-Service sppsvc || Start-Service sppsvc': 'the pipeline chain operator ||',
      "$s = Get-Service sppsvc; $s.Status -eq 'Running' ? 'up' : 'down'": 'the ternary operator ? :',
      "$name = $env:KMS ?? 'kms01'": 'the null-coalescing operator ??',
      "$name ??= 'kms01'": 'the null-coalescing assignment ??=',
      '${s}?.Status': 'the null-conditional member access ?.',
      '1..3 | ForEach-Object -Parallel { $_ }': 'ForEach-Object -Parallel (PowerShell 7)',
      'function f { clean { } }': 'the clean block (PowerShell 7.3)',
      '"`e[1m bold"': 'the string escape `e or `u{…} (PowerShell 6)',
      'if ($IsWindows) { Get-Service sppsvc }': 'the automatic variable $IsWindows (PowerShell 6)',
    };
    for (const [text, what] of Object.entries(seven)) expect((await problems(text)).join('\n'), text).toContain(what);
  });

  it('a misspelt parameter in the collect script itself', async () => {
    expect(await problems(collectScript('client'))).toEqual([]);
    const broken = collectScript('client').replace('-Type SRV -DnsOnly', '-Type SRV -DnsOnyl');
    expect(await problems(broken)).toEqual([expect.stringMatching(/Resolve-DnsName has no parameter -DnsOnyl$/)]);
  });

  afterAll(removeCases);
  const ports = { acceptingPort: 1, silentPort: 1 };

  it('a script error: a misspelt variable stops the run it is in (strict mode), and the run says so', async () => {
    const broken = collectScript('host').replace('$srv.Name = "_vlmcs._tcp.$lookupDomain"', '$srv.Name = "_vlmcs._tcp.$lookupDomian"');
    const run = await host().run(broken, caseEnvironment('kms-host', ports));
    expect(run.stopped).toMatch(/lookupDomian/);
    expect(run.output).toBe('');
  });

  it('a script error inside a part is caught there and recorded in the JSON', async () => {
    const broken = collectScript('host').replace('$service = Get-CimInstance -ClassName SoftwareLicensingService', '$service = Get-CimInstance -ClassName SoftwareLicensingServise');
    const run = await host().run(broken, caseEnvironment('kms-host', ports));
    expect(run.stopped).toBeNull();
    expect(JSON.parse(run.output).Errors).toEqual([expect.objectContaining({ Part: 'Service', Message: expect.stringMatching(/no class SoftwareLicensingServise/) })]);
  });

  it('the mocks take only parameters the real cmdlets have', async () => {
    const run = await host().run("foreach ($c in 'Get-CimInstance', 'Get-WinEvent', 'Resolve-DnsName') { $c + ':' + ((Get-Command $c).Parameters.Keys -join ',') }", caseEnvironment('kms-host', ports));
    const lines = run.output.split('\n').filter(Boolean);
    expect(lines.length).toBe(3);
    for (const line of lines) {
      const [name, params] = line.split(':') as [string, string];
      const known = new Set([...Object.keys(CMDLETS.cmdlets[name]!.parameters), ...Object.keys(CMDLETS.commonParameters), 'ProgressAction']);
      expect(params.split(',').filter((p) => !known.has(p)), name).toEqual([]);
    }
  });
});
