// Every slmgr command the wizard can show has its PowerShell/CIM twin beside it: in the
// command library, in the catalog's own commands and in the flows' inline commands.

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { FLOWS } from '../../flows/registry.js';
import type { CommandItem } from '../../flows/step.js';

function commandsIn(value: unknown, out: CommandItem[] = []): CommandItem[] {
  if (Array.isArray(value)) value.forEach((v) => commandsIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.ref === 'string' || (typeof o.text === 'string' && typeof o.shell === 'string')) out.push(o as unknown as CommandItem);
    else Object.values(o).forEach((v) => commandsIn(v, out));
  }
  return out;
}

function flowCommands(): CommandItem[] {
  const out: CommandItem[] = [];
  const walk = (node: { meta?: unknown; states?: Record<string, unknown> }) => {
    commandsIn(node.meta, out);
    Object.values(node.states ?? {}).forEach((s) => walk(s as never));
  };
  for (const flow of Object.values(FLOWS)) walk(flow.machine.root as never);
  return out;
}

describe('PowerShell twins', () => {
  const all = [...commandsIn(getCatalog().errors), ...flowCommands(), ...Object.values(getCatalog().commands)];

  it('finds the commands to check', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('every slmgr command has a PowerShell twin', () => {
    const missing = all.map(resolveCommand).filter((c) => /slmgr/i.test(c.text) && !c.twin).map((c) => c.text);
    expect(missing).toEqual([]);
  });
});
