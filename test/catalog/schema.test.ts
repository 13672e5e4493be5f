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

  it('every slmgr command in the library has a PowerShell twin', () => {
    for (const [id, spec] of Object.entries(getCatalog().commands)) {
      if (/slmgr/i.test(spec.text)) expect(spec.twin, id).toBeDefined();
    }
  });

  it('resolves every command an error entry uses', () => {
    for (const entry of getCatalog().errors) {
      for (const item of entryCommands(entry)) expect(resolveCommand(item).text, entry.code).toBeTruthy();
    }
  });
});
