// "Check that it worked" (issue 8): every resolution of every flow and every code of the catalog
// says what to run afterwards, on which machine, and what success looks like; the checks only
// look; the shared library has nothing unused; and each check that reads the output of a
// command of the resolution ("read what the activation command above printed") has that command.

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveCommand, resolveVerify } from '../../src/catalog/catalog.js';
import { explain } from '../../src/commands/explain.js';
import type { CommandItem, CommandSpec, VerifyItem } from '../../flows/step.js';
import { allResolutions } from '../support/resolutions.js';
import { fixItems } from '../support/steps.js';

/** Every resolution with a verify list: the flows' own, then the catalog's entries. */
function everyResolution(): { name: string; commands: readonly CommandItem[]; verify: readonly VerifyItem[] }[] {
  return [
    ...allResolutions().map((r) => ({ name: `${r.flow}:${r.state}`, commands: fixItems(r.step), verify: r.step.verify })),
    ...getCatalog().errors.map((e) => ({ name: e.code, commands: fixItems(e), verify: e.verify })),
  ];
}

const refsIn = (verify: readonly VerifyItem[]) => verify.flatMap((v) => ('ref' in v ? [v.ref] : []));

describe('every resolution says how to check that it worked', () => {
  it('every resolution of every flow has at least one check, each with its text', () => {
    const all = allResolutions();
    expect(all.length).toBeGreaterThan(100);
    const without = all.filter((r) => !Array.isArray(r.step.verify) || r.step.verify.length === 0).map((r) => `${r.flow}:${r.state}`);
    expect(without).toEqual([]);
    for (const r of all) for (const v of r.step.verify) expect(resolveVerify(v).text.length, `${r.flow}:${r.state}`).toBeGreaterThan(0);
  });

  it('every code in explain --json has a non-empty verify: text, and the filled command and expected output where there are', () => {
    const codes = getCatalog().errors.map((e) => e.code);
    expect(codes).toHaveLength(71);
    for (const code of codes) {
      const json = JSON.parse(explain(code, true).stdout) as { verify?: { text: string; command?: CommandSpec; expect?: string }[] };
      expect(json.verify?.length, code).toBeGreaterThan(0);
      for (const step of json.verify!) {
        expect(step.text, code).toMatch(/\S/);
        expect(step.text, code).not.toMatch(/\{\w+\}/);
        if (step.command) {
          expect(step.command.text, code).not.toMatch(/\{\w+\}/);
          expect(step.command.changes, code).toBe(false);
        }
        if (step.expect !== undefined) expect(step.expect, code).toMatch(/\S/);
      }
      // The references are gone: each step is written out.
      expect(json.verify!.every((s) => !('ref' in s)), code).toBe(true);
    }
  });

  it('the text of explain prints a "Check that it worked:" section with each step', () => {
    const text = explain('0x8007232B', false).stdout;
    const section = text.slice(text.indexOf('\nCheck that it worked:\n'));
    expect(section.length).toBeGreaterThan(30);
    expect(section).toContain('1. On the client, look the SRV record up in <domain>.');
    expect(section).toContain('\nnslookup -type=srv _vlmcs._tcp.<domain>\n');
    expect(section).toContain('Success looks like: "Product activated successfully."');
  });
});

describe('the checks only look', () => {
  it('every command of every check, in the flows, the catalog and the library, changes nothing', () => {
    const checks = [...everyResolution().flatMap((r) => r.verify.map(resolveVerify)), ...Object.values(getCatalog().verify)];
    const commands = checks.flatMap((v) => (v.command ? [resolveCommand(v.command)] : []));
    expect(commands.length).toBeGreaterThan(100);
    const changing = commands.filter((c) => c.changes || c.twin?.changes).map((c) => c.text);
    expect(changing).toEqual([]);
  });

  it('the catalog refuses a check whose command changes the machine', async () => {
    const { checkVerify } = await import('../../src/catalog/catalog.js');
    const { commands, verify } = getCatalog();
    expect(() => checkVerify([{ text: 'Activate.', command: { ref: 'slmgr-ato' } }], { ...verify }, { ...commands }, 'test')).toThrow(/changes the machine/);
    expect(() => checkVerify([{ ref: 'no-such-check' }], { ...verify }, { ...commands }, 'test')).toThrow(/unknown check "no-such-check"/);
    expect(() => checkVerify([{ ref: 'port-open' }], { ...verify }, { ...commands }, 'test')).not.toThrow();
  });
});

describe('the library of checks (data/verify.json)', () => {
  it('has no unused entry', () => {
    const used = new Set(everyResolution().flatMap((r) => refsIn(r.verify)));
    const unused = Object.keys(getCatalog().verify).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('is used: most checks are shared, not written out again', () => {
    const items = everyResolution().flatMap((r) => r.verify);
    expect(items.filter((v) => 'ref' in v).length).toBeGreaterThan(items.length * 0.8);
  });

  it('re-aims a check\'s command where a reference says so', () => {
    const step = resolveVerify({ ref: 'clock-synced', where: 'kms-host' });
    expect(resolveCommand(step.command!).where).toBe('kms-host');
    expect(resolveCommand(resolveVerify({ ref: 'clock-synced' }).command!).where).toBe('client');
  });
});

/** A check that reads what a command of the resolution printed, and how to recognise that command. */
const READS_OUTPUT_OF: Record<string, (c: CommandSpec) => boolean> = {
  'ato-success': (c) => /slmgr\.vbs \/ato$/.test(c.text) && c.where !== 'kms-host',
  'host-ato-success': (c) => /slmgr\.vbs \/ato$/.test(c.text) && c.where === 'kms-host',
  'ipk-success': (c) => /slmgr\.vbs \/ipk /.test(c.text),
  'atp-deposited': (c) => /slmgr\.vbs \/atp /.test(c.text),
  'rilc-success': (c) => /slmgr\.vbs \/rilc$/.test(c.text),
};

describe('a check that reads "the command above" has that command above', () => {
  it.each(Object.keys(READS_OUTPUT_OF))('%s', (id) => {
    const users = everyResolution().filter((r) => refsIn(r.verify).includes(id));
    expect(users.length).toBeGreaterThan(0);
    const missing = users.filter((r) => !r.commands.map(resolveCommand).some(READS_OUTPUT_OF[id]!)).map((r) => r.name);
    expect(missing).toEqual([]);
  });
});
