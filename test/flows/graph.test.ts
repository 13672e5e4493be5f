// Every registered flow: every state reachable, every path can finish, every choice leads
// somewhere, and every end is a resolution or a hand-off to something that exists.

import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../flows/registry.js';
import { FLOW_IDS } from '../../flows/ids.js';
import { flowProblems, finishedPaths } from '../support/flow-graph.js';

describe('flow registry', () => {
  it('registers exactly the ids of flows/ids.ts', () => {
    expect(Object.keys(FLOWS).sort()).toEqual([...FLOW_IDS].sort());
    for (const [id, flow] of Object.entries(FLOWS)) expect(flow.id).toBe(id);
  });
});

describe.each(Object.values(FLOWS).map((f) => [f.id, f] as const))('flow %s', (_id, flow) => {
  it('is sound: all states reachable, no dead ends, valid hand-offs', () => {
    expect(flowProblems(flow, { code: '0xC004F074' })).toEqual([]);
  });

  it('has at least one finished path', () => {
    expect(finishedPaths(flow, { code: '0xC004F074' }).length).toBeGreaterThan(0);
  });
});
