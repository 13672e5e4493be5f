// Every screen fits an 80×24 terminal: Ink redraws the whole terminal (wiping scrollback)
// when a frame is as tall as the window. Checked for each code's first screen, and for every
// reachable screen of every flow (each page of a long resolution too).

import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { getCatalog } from '../../src/catalog/catalog.js';
import { sessionMachine } from '../../src/wizard/session-machine.js';
import { startSessionActor } from '../../src/wizard/session-context.js';
import { stepOf, type Session } from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowContext, FlowInput } from '../../flows/lib/context.js';
import { screenEvents } from '../support/flow-graph.js';
import { frameAt } from '../support/sized-render.js';

const COLUMNS = 80;
const ROWS = 24;

/** A session showing exactly `snapshot` of `flow`, on resolution page `page`. */
function actorAt(flow: keyof typeof FLOWS, snapshot: AnyMachineSnapshot, page = 0) {
  const session: Session = {
    frames: [{ id: 0, flow, snapshot, codeIntro: false }],
    nextId: 1,
    draft: '',
    helpOpen: false,
    view: 'both',
    page,
  };
  return createActor(sessionMachine, { input: {}, snapshot: sessionMachine.resolveState({ value: 'running', context: session }) }).start();
}

function screensOf(flowId: keyof typeof FLOWS): { name: string; snapshot: AnyMachineSnapshot }[] {
  const starts: FlowInput[] = [{}, ...getCatalog().errors.filter((e) => e.flow === flowId).map((e) => ({ code: e.code }))];
  const seen = new Map<string, AnyMachineSnapshot>();
  for (const input of starts) {
    const paths = getShortestPaths(FLOWS[flowId].machine, {
      input,
      events: screenEvents,
      serializeState: (s) => JSON.stringify([s.value, (s.context as FlowContext).code]),
      stopWhen: (s) => s.status === 'done',
    });
    for (const p of paths) {
      if (stepOf(p.state).kind === 'handoff') continue;
      seen.set(`${JSON.stringify(p.state.value)} ${input.code ?? ''}`, p.state);
    }
  }
  return [...seen].map(([name, snapshot]) => ({ name, snapshot }));
}

describe(`every code's first screen fits ${COLUMNS}×${ROWS}`, () => {
  it.each(getCatalog().errors.map((e) => [e.code]))('%s', (code) => {
    const { height, frame } = frameAt(startSessionActor({ code }), COLUMNS, ROWS);
    expect(frame).toContain(`${code} — `);
    expect(height, frame).toBeLessThan(ROWS);
  });
});

describe.each(Object.keys(FLOWS).map((id) => [id as keyof typeof FLOWS]))(`every screen of %s fits ${COLUMNS}×${ROWS}`, (flowId) => {
  it('questions, inputs and every page of every resolution', () => {
    const tooTall: string[] = [];
    for (const { name, snapshot } of screensOf(flowId)) {
      const first = frameAt(actorAt(flowId, snapshot), COLUMNS, ROWS);
      const pages = Number(/page \d+ of (\d+)/.exec(first.frame)?.[1] ?? 1);
      for (let page = 0; page < pages; page++) {
        const { height, frame } = page === 0 ? first : frameAt(actorAt(flowId, snapshot, page), COLUMNS, ROWS);
        if (height >= ROWS) tooTall.push(`${name} page ${page + 1}: ${height} rows\n${frame}`);
      }
    }
    expect(tooTall.map((t) => t.split('\n')[0])).toEqual([]);
  });
});
