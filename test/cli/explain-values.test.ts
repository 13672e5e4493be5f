// explain fills its commands with the values the wizard asks for (--domain, --host, --port …),
// validated by the wizard's own field validators, and marks every command still lacking one:
// the line right above it says NOT READY and what to fill in; JSON lists the missing names.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { run as explain } from '../../src/commands/explain.js';
import { pipeIO } from '../support/command-io.js';

const PLACEHOLDER = /<[a-z][a-z-]*>/;

/**
 * The command lines of explain's text, each with its label (and NOT READY line) above it:
 * every "# …" line and the line right after a run of them, from the steps and the checks.
 */
function commandSection(stdout: string): string[] {
  const lines = stdout.split('\n');
  return lines.filter((line, i) => line.startsWith('# ') || (i > 0 && lines[i - 1]!.startsWith('# ')));
}

describe('filled commands', () => {
  it('--host, --port and --domain fill every command that uses them', async () => {
    const r = await explain(['0xC004F074', '--host', 'kms01.corp.contoso.com', '--port', '1689', '--domain', 'corp.contoso.com'], pipeIO());
    expect(r.exitCode).toBe(0);
    const lines = commandSection(r.stdout);
    expect(lines).toContain('cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01.corp.contoso.com:1689');
    expect(lines).toContain('nslookup -type=srv _vlmcs._tcp.corp.contoso.com');
    expect(lines.filter((l) => PLACEHOLDER.test(l))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('# NOT READY'))).toEqual([]);
  });

  it('--host with its port; the default port 1688 without one', async () => {
    const withPort = await explain(['0xC004F074', '--host=kms01:1690'], pipeIO());
    expect(withPort.stdout).toContain('/skms kms01:1690\n');
    const withoutPort = await explain(['--host', '10.0.0.5', '0xC004F074'], pipeIO());
    expect(withoutPort.stdout).toContain('/skms 10.0.0.5:1688\n');
  });

  it('JSON: each command (and twin) says which names it still lacks', async () => {
    const r = await explain(['0xC004F074', '--json', '--domain', 'corp.contoso.com'], pipeIO());
    const { commands } = JSON.parse(r.stdout) as { commands: { text: string; missing: string[]; twin?: { text: string; missing: string[] } }[] };
    const skms = commands.find((c) => c.text.includes('/skms'))!;
    expect(skms.missing).toEqual(['kmsHost', 'port']);
    expect(skms.twin!.missing).toEqual(['kmsHost', 'port']);
    const srv = commands.find((c) => c.text.startsWith('nslookup -type=srv'))!;
    expect([srv.text, srv.missing]).toEqual(['nslookup -type=srv _vlmcs._tcp.corp.contoso.com', []]);
    for (const c of [...commands, ...commands.flatMap((c) => (c.twin ? [c.twin] : []))]) {
      expect(PLACEHOLDER.test(c.text), c.text).toBe(c.missing.length > 0);
    }
  });
});

describe('unfilled commands are marked, for every code in the catalog', () => {
  it.each(getCatalog().errors.map((e) => [e.code] as const))('%s', async (code) => {
    const lines = commandSection((await explain([code], pipeIO())).stdout);
    lines.forEach((line, i) => {
      if (line.startsWith('#')) return;
      const marked = lines[i - 1]!.startsWith('# NOT READY: fill in ');
      expect(marked, `${line}\n(above: ${lines[i - 1]})`).toBe(PLACEHOLDER.test(line));
    });
  });

  it('the NOT READY line names the placeholders and the options that fill them', async () => {
    const lines = commandSection((await explain(['0xC004F074'], pipeIO())).stdout);
    const at = lines.indexOf('cscript //nologo %windir%\\system32\\slmgr.vbs /skms <kms-host>:<port>');
    expect(lines[at - 1]).toBe('# NOT READY: fill in <kms-host> and <port> first (--host, --port)');
  });
});

describe('refused values: the validator\'s reason on stderr, nothing on stdout, exit 2', () => {
  it.each([
    [['--host', 'kms01 & del *'], '--host: '],
    [['--host', 'kms01:99999'], '--host: '],
    [['--port', '0'], '--port: '],
    [['--port', '1688; calc'], '--port: '],
    [['--domain', 'corp contoso'], '--domain: '],
    [['--domain', '\u001B[31mcorp.contoso.com'], '--domain: '],
    [['--key', 'NOT-A-KEY'], '--key: '],
    [['--host', 'kms01:1689', '--port', '1688'], 'give the port once'],
  ])('%j', async (values, message) => {
    for (const args of [['0xC004F074', '--json', ...values], [...values, '0xC004F074']]) {
      const r = await explain(args, pipeIO());
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('Usage: kms-doctor explain');
      expect(r.stderr).not.toContain('\u001B');
    }
  });
});
