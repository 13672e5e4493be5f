// Flow machines are created when a session first needs them, not when the wizard loads.

import { describe, expect, it, vi } from 'vitest';
import { createMachine } from 'xstate';
import { defineFlow } from '../../flows/lib/define.js';

describe('defineFlow', () => {
  it('creates the machine on first read, once', () => {
    const create = vi.fn(() => createMachine({ id: 'x', initial: 'a', states: { a: {} } }));
    const flow = defineFlow({ id: 'triage', title: 'X', machine: create });
    expect(create).not.toHaveBeenCalled();
    const first = flow.machine;
    expect(flow.machine).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect(flow.title).toBe('X');
  });

  it('every registered flow creates its machine lazily', async () => {
    const { FLOWS } = await import('../../flows/registry.js');
    const eager = Object.values(FLOWS).filter((flow) => !Object.getOwnPropertyDescriptor(flow, 'machine')?.get);
    expect(eager.map((f) => f.id)).toEqual([]);
  });
});
