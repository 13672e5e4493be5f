// Every registered flow: every state reachable, every path can finish, every choice leads
// somewhere, and every end is a resolution or a hand-off to something that exists.

import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../flows/registry.js';
import { FLOW_IDS } from '../../flows/ids.js';
import { getCatalog } from '../../src/catalog/catalog.js';
import type { FlowInput } from '../../flows/lib/context.js';
import { flowProblems, finishedPaths } from '../support/flow-graph.js';
import { HEAVY_TEST_MS } from '../support/heavy.js';

/** A flow is started without a code, with a code it does not serve, and with each code it serves. */
function startsOf(flowId: string): FlowInput[] {
  const own = getCatalog().errors.filter((e) => e.flow === flowId).map((e) => ({ code: e.code }));
  return [{}, { code: '0xC004F074' }, ...own];
}

describe('flow registry', () => {
  it('registers exactly the ids of flows/ids.ts', () => {
    expect(Object.keys(FLOWS).sort()).toEqual([...FLOW_IDS].sort());
    for (const [id, flow] of Object.entries(FLOWS)) expect(flow.id).toBe(id);
  });
});

describe.each(Object.values(FLOWS).map((f) => [f.id, f] as const))('flow %s', (_id, flow) => {
  it('is sound: all states reachable, no dead ends, valid hand-offs', () => {
    expect(flowProblems(flow, startsOf(flow.id))).toEqual([]);
  }, HEAVY_TEST_MS);

  it('gives every question and typed answer a "How do I find out?"', () => {
    const missing: string[] = [];
    const walk = (node: { key: string; meta?: { kind?: string; help?: unknown }; states?: Record<string, unknown> }) => {
      if ((node.meta?.kind === 'question' || node.meta?.kind === 'input') && !node.meta.help) missing.push(node.key);
      Object.values(node.states ?? {}).forEach((s) => walk(s as never));
    };
    walk(flow.machine.root as never);
    expect(missing).toEqual([]);
  });

  it('has at least one finished path', () => {
    expect(finishedPaths(flow, { code: '0xC004F074' }).length).toBeGreaterThan(0);
  });
});
