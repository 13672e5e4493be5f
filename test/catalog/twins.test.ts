// Every slmgr command the wizard can show has its PowerShell/CIM twin beside it: in the
// command library, in the catalog's own commands and in the flows' inline commands.

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { commandsIn, flowMetas } from '../support/steps.js';

describe('PowerShell twins', () => {
  const all = [...commandsIn(getCatalog().errors), ...commandsIn(flowMetas()), ...Object.values(getCatalog().commands)];

  it('finds the commands to check', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('every slmgr command has a PowerShell twin', () => {
    const missing = all.map(resolveCommand).filter((c) => /slmgr/i.test(c.text) && !c.twin).map((c) => c.text);
    expect(missing).toEqual([]);
  });
});
