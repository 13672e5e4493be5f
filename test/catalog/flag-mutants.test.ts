// The command flags, mutated one at a time through the safety table (test/support/flag-mutants.ts):
// a flag turned over must be caught wherever the command is shown. What survives is an elevation
// the sources do not state ('either' in the table): there either flag is right.

import { describe, expect, it } from 'vitest';
import { classify } from '../support/command-safety.js';
import { flagMutants } from '../support/flag-mutants.js';
import { allShownCommands } from '../support/shown-commands.js';

describe('the command flags under mutation', () => {
  const entries = allShownCommands();
  const mutants = flagMutants(entries);
  const shellOf = new Map(entries.map((e) => [e.spec.text, e.spec.shell]));

  it('every command form is mutated', () => {
    expect(new Set(mutants.map((m) => m.text)).size).toBe(new Set(entries.map((e) => e.spec.text)).size);
  });

  it('"changes" turned over is caught on every command', () => {
    expect(mutants.filter((m) => m.change === 'changes' && !m.killed).map((m) => m.text)).toEqual([]);
  });

  it('a misspelt registry key is caught on every command that names one', () => {
    const registry = mutants.filter((m) => m.change === 'registry key');
    expect(registry.length).toBeGreaterThanOrEqual(10);
    expect(registry.filter((m) => !m.killed).map((m) => m.text)).toEqual([]);
  });

  it('"elevated" turned over is caught unless the sources leave the elevation open', () => {
    const survivors = mutants.filter((m) => m.change === 'elevated' && !m.killed);
    expect(survivors.filter((m) => classify(m.text, shellOf.get(m.text)!).elevation !== 'either').map((m) => m.text)).toEqual([]);
  });
});
