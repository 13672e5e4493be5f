// The safety table: every command the tool can show, read by what it does (test/support/
// command-effects.ts, written from the facts and not from data/), must carry the flags a
// technician trusts: "CHANGES the machine" when it does, "elevated" when it needs an elevated
// prompt, and a "Check that it worked" command only looks.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../flows/step.js';
import { getCatalog } from '../../src/catalog/catalog.js';
import { SLMGR } from '../support/command-effects.js';
import { allShownCommands, everyWrittenCommand } from '../support/shown-commands.js';
import { safetyProblems } from '../support/safety-problems.js';

const problemsOfAll = () => allShownCommands().flatMap(safetyProblems);

describe('every command the tool can show', () => {
  const all = allShownCommands();

  it('is reached through the code that shows it: each command written in data/ and in the flows', () => {
    const shown = new Set(all.map((e) => e.spec.text));
    const written = everyWrittenCommand();
    expect(written.length).toBeGreaterThan(150);
    expect(written.filter((spec) => !shown.has(spec.text)).map((s) => s.text)).toEqual([]);
  });

  it('says it changes the machine exactly when it does, and that it needs an elevated prompt when it does', () => {
    expect(all.flatMap(safetyProblems)).toEqual([]);
  });

  it('includes the "Check that it worked" commands of the library, the flows and the codes', () => {
    const where = (prefix: string) => all.some((e) => e.role === 'check' && e.where.startsWith(prefix));
    expect([where('data/verify.json'), where('flow '), where('explain 0x'), where('wizard 0x')]).toEqual([true, true, true, true]);
  });
});

describe('the safety table catches a wrong flag wherever the command is shown', () => {
  const library = getCatalog().commands as Record<string, CommandSpec>;
  const saved = new Map<string, CommandSpec>();
  const change = (id: string, spec: CommandSpec) => {
    if (!saved.has(id)) saved.set(id, library[id]!);
    library[id] = spec;
  };
  afterEach(() => {
    for (const [id, spec] of saved) library[id] = spec;
    saved.clear();
  });

  it('renaming the licence store marked read-only (ren-tokens-dat, changes: false)', () => {
    change('ren-tokens-dat', { ...library['ren-tokens-dat']!, changes: false });
    const problems = problemsOfAll();
    expect(problems).toContain("data/commands ren-tokens-dat: `ren %windir%\\system32\\spp\\store\\2.0\\tokens.dat tokens.bar` is marked read-only, but it changes the machine (ren in Windows' folders)");
    // …and in each resolution of the codes that show it, in explain and in the wizard.
    for (const code of ['0xC004E015', '0xC004E002', '0xC004F012']) {
      expect(problems.some((p) => p.startsWith(`explain ${code} `) && p.includes('tokens.bar` is marked read-only'))).toBe(true);
      expect(problems.some((p) => p.startsWith(`wizard ${code} `) && p.includes('tokens.bar` is marked read-only'))).toBe(true);
    }
  });

  it('slmgr /rearm not marked elevated (slmgr-rearm, elevated: false), the cmd form and its twin', () => {
    const rearm = library['slmgr-rearm']!;
    change('slmgr-rearm', { ...rearm, elevated: false, twin: { ...rearm.twin!, elevated: false } });
    const problems = problemsOfAll();
    expect(problems).toContain('data/commands slmgr-rearm: `cscript //nologo %windir%\\system32\\slmgr.vbs /rearm` needs an elevated prompt (slmgr /rearm), but is not marked elevated');
    expect(problems).toContain('data/commands slmgr-rearm (twin): `Get-CimInstance SoftwareLicensingService | Invoke-CimMethod -MethodName ReArmWindows` needs an elevated prompt (Get-CimInstance, Invoke-CimMethod ReArmWindows), but is not marked elevated');
  });

  it('the SkipRearm value under a key where it is not (a broken registry path)', () => {
    const clear = library['reg-clear-skiprearm']!;
    change('reg-clear-skiprearm', { ...clear, text: clear.text.replace('SoftwareProtectionPlatform', 'SoftwareProtectionPlatfrom') });
    change('reg-query-skiprearm', { ...library['reg-query-skiprearm']!, text: library['reg-query-skiprearm']!.text.replace('\\SoftwareProtectionPlatform', '\\SL') });
    const problems = problemsOfAll();
    expect(problems).toContain('data/commands reg-clear-skiprearm: `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatfrom" /v SkipRearm /t REG_DWORD /d 0 /f` names the registry key HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatfrom, which is not where Windows keeps what the tool reads or sets');
    expect(problems).toContain('data/commands reg-query-skiprearm: `reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SL" /v SkipRearm` names SkipRearm without its key HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform');
  });

  it('a read-only command marked as changing, and a look that is marked elevated for nothing', () => {
    change('slmgr-dlv', { ...library['slmgr-dlv']!, changes: true });
    change('nslookup-srv', { ...library['nslookup-srv']!, elevated: true });
    const problems = problemsOfAll();
    expect(problems).toContain('data/commands slmgr-dlv: `cscript //nologo %windir%\\system32\\slmgr.vbs /dlv` is marked as changing the machine, but it only looks (slmgr /dlv)');
    expect(problems).toContain('data/commands nslookup-srv: `nslookup -type=srv _vlmcs._tcp.{domain}` is marked elevated, but nothing in it needs an elevated prompt (nslookup)');
  });

  it('a "Check that it worked" command that changes something', () => {
    // data/verify.json's "xpr-volume" check runs slmgr-xpr; make that command activate instead.
    change('slmgr-xpr', { ...library['slmgr-ato']! });
    expect(problemsOfAll()).toContain('data/verify.json xpr-volume: `cscript //nologo %windir%\\system32\\slmgr.vbs /ato` is a "Check that it worked" command, which must only look');
  });

  it('a command the table does not know', () => {
    change('os-version', { ...library['os-version']!, text: 'bcdedit /set testsigning on' });
    expect(problemsOfAll()).toContain('data/commands os-version: `bcdedit /set testsigning on`: the safety table does not know "bcdedit" (test/support/command-effects.ts)');
  });
});

describe('the table knows every switch slmgr lists', () => {
  it('each option of `slmgr /?` (test/fixtures/samples/slmgr-usage-en-1.txt)', () => {
    const usage = readFileSync(new URL('../fixtures/samples/slmgr-usage-en-1.txt', import.meta.url), 'utf8');
    const options = [...usage.matchAll(/^\/([a-z-]+)/gm)].map((m) => m[1]!);
    expect(options).toHaveLength(37);
    expect(options.filter((o) => !SLMGR[o])).toEqual([]);
  });
});
