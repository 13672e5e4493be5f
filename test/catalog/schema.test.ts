import { describe, expect, it } from 'vitest';
import { entryCommands, getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { validateData } from '../../src/catalog/validate-data.js';

describe('catalog', () => {
  it('every data file passes the build-time check', () => {
    expect(() => validateData()).not.toThrow();
    const catalog = getCatalog();
    expect(catalog.errors.length).toBeGreaterThan(0);
    expect(Object.keys(catalog.commands).length).toBeGreaterThan(0);
  });

  it('every slmgr command in the library has a PowerShell twin that does the same without slmgr', () => {
    const slmgr = Object.entries(getCatalog().commands).filter(([, spec]) => /slmgr/i.test(spec.text));
    expect(slmgr.length).toBeGreaterThanOrEqual(27);
    for (const [id, spec] of slmgr) {
      expect({ id, shell: spec.twin?.shell, where: spec.twin?.where, changes: spec.twin?.changes, callsSlmgr: /slmgr/i.test(spec.twin?.text ?? 'slmgr') })
        .toEqual({ id, shell: 'powershell', where: spec.where, changes: spec.changes, callsSlmgr: false });
    }
  });

  it('resolves every command an error entry uses', () => {
    for (const entry of getCatalog().errors) {
      for (const item of entryCommands(entry)) {
        const spec = resolveCommand(item);
        if (!('ref' in item)) {
          expect(spec, entry.code).toBe(item);
          continue;
        }
        // A library reference gives the library's command, re-aimed (and re-worded) where the entry says.
        const library = getCatalog().commands[item.ref]!;
        const where = item.where ?? library.where;
        expect(spec, `${entry.code} ${item.ref}`).toEqual({
          ...library, where, purpose: item.purpose ?? library.purpose, ...(library.twin ? { twin: { ...library.twin, where } } : {}),
        });
      }
    }
  });
});
