// Issue 7, part 2: facts 4, 8, 10, 11 and 12, and part 3's sysprep location. Each test reads
// the command library, the catalog and every flow step, so a later text cannot bring the
// mistake back in another place.

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { commandLabel } from '../../src/wizard/view-model.js';
import { actionsOf, type CommandItem } from '../../flows/step.js';
import { everyCommand, fixItems, flowSteps, proseOf } from '../support/steps.js';

const library = getCatalog().commands;

/** Every list of commands a technician sees as one screen (a flow step or a catalog entry), by name. */
function commandLists(): [string, CommandItem[]][] {
  const lists: [string, CommandItem[]][] = getCatalog().errors.map((e) => [e.code, fixItems(e)]);
  for (const { name, step } of flowSteps()) if (step.kind === 'resolution') lists.push([name, fixItems(step)]);
  return lists;
}

/** Every prose text, with where it is. */
function texts(): [string, string][] {
  const out: [string, string][] = [];
  for (const { name, step } of flowSteps()) for (const t of proseOf(step)) out.push([name, t]);
  for (const entry of getCatalog().errors) for (const t of proseOf({ ...entry, messages: [] })) out.push([entry.code, t]);
  return out;
}

describe('fact 4: the cmd elevation guard lets SYSTEM through, as the PowerShell one does', () => {
  const guard = library['script-elevation-guard']!;

  it('accepts High (S-1-16-12288) and System (S-1-16-16384) integrity', () => {
    expect(guard.text).toContain('findstr /c:"S-1-16-12288" /c:"S-1-16-16384"');
    expect(guard.text).not.toMatch(/\| find "S-1-16-12288" >nul/);
  });

  it('says so in both texts', () => {
    expect(guard.purpose).toMatch(/SYSTEM/);
    expect(guard.twin?.purpose).toMatch(/SYSTEM/);
  });
});

describe('fact 8: DnsDomainPublishList is read before it is written, and what is in it is kept', () => {
  const writes = (c: CommandItem) => {
    const spec = resolveCommand(c);
    return spec.changes && /DnsDomainPublishList/.test(spec.text);
  };
  const reads = (c: CommandItem) => {
    const spec = resolveCommand(c);
    return !spec.changes && /DnsDomainPublishList/.test(spec.text);
  };

  it.each(commandLists().filter(([, list]) => list.some(writes)))('%s shows the list before it changes it', (_name, list) => {
    const firstRead = list.findIndex(reads);
    expect(firstRead).toBeGreaterThan(-1);
    expect(firstRead).toBeLessThan(list.findIndex(writes));
  });

  it('a command that adds domains keeps the ones already listed; one that replaces the list says so', () => {
    const wrong = Object.entries(library)
      .filter(([, c]) => c.changes && /DnsDomainPublishList/.test(c.text))
      .filter(([, c]) => {
        const keeps = /Get-ItemProperty[^;]*DnsDomainPublishList/.test(c.text) && /\$old \+ \$add/.test(c.text);
        return !keeps && !/replaces any list/.test(c.purpose);
      })
      .map(([id]) => id);
    expect(wrong).toEqual([]);
  });
});

describe('fact 10: SkipRearm is checked, and cleared, before slmgr /rearm', () => {
  const rearms = (c: CommandItem) => /slmgr\.vbs \/rearm/.test(resolveCommand(c).text);

  it.each(commandLists().filter(([, list]) => list.some(rearms)))('%s', (_name, list) => {
    const at = (ref: string) => list.findIndex((c) => 'ref' in c && c.ref === ref);
    expect(at('reg-query-skiprearm')).toBeGreaterThan(-1);
    expect(at('reg-query-skiprearm')).toBeLessThan(at('reg-clear-skiprearm'));
    expect(at('reg-clear-skiprearm')).toBeLessThan(list.findIndex(rearms));
  });

  it('the clear sets SkipRearm to 0 in SoftwareProtectionPlatform', () => {
    expect(library['reg-clear-skiprearm']!.text).toBe('reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform" /v SkipRearm /t REG_DWORD /d 0 /f');
  });
});

describe('fact 11: a key for another edition is refused with 0xC004F050 or 0xC004F069: both are named', () => {
  it('wherever a text says such a key is refused', () => {
    const wrong = texts().filter(([, t]) => /refus|reject/i.test(t) && /edition/i.test(t) && /0xC004F050|0xC004F069/.test(t))
      .filter(([, t]) => !(t.includes('0xC004F050') && t.includes('0xC004F069')));
    expect(wrong).toEqual([]);
  });

  it.each([['0xC004F050', '0xC004F069'], ['0xC004F069', '0xC004F050']])('the %s entry names %s', (code, other) => {
    const entry = getCatalog().byCode.get(code)!;
    expect(actionsOf(entry.resolution.steps).map((s) => s.text).join(' ')).toContain(other);
    expect(entry.related).toContain(other);
  });
});

describe('fact 12: a DNS server\'s reachability is tested by a real query, not over TCP 53', () => {
  it('no command tests port 53', () => {
    expect(everyCommand().filter((c) => /-Port 53\b|:53\b/.test(c.text)).map((c) => c.text)).toEqual([]);
  });

  it('the end for an unreachable DNS server asks it a query', () => {
    const step = flowSteps().find((s) => s.name === 'dns-srv.dnsUnreachable')!.step;
    if (step.kind !== 'resolution') throw new Error('not a resolution');
    expect(fixItems(step).map((c) => resolveCommand(c).text)).toContain('nslookup -type=soa {domain} {dnsServer}');
    expect(step.cause).toMatch(/UDP port 53/);
  });
});

describe('part 3: sysprep runs on the reference PC the image is captured from', () => {
  it('is labelled so, not "anywhere"', () => {
    const sysprep = library['sysprep-generalize']!;
    expect(sysprep.where).toBe('reference-pc');
    expect(commandLabel(sysprep)).toMatch(/^cmd · on the reference PC \(the image's source\) · elevated · CHANGES the machine — /);
  });
});
