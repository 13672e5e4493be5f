// Every catalog code, started from the command line, reaches a resolution by keystrokes.
// At each screen the walker asks xstate/graph for the shortest way to finish the current
// flow (preferring a resolution to a hand-off) and presses the keys for its first step.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { getShortestPaths } from 'xstate/graph';
import type { AnyMachineSnapshot } from 'xstate';
import { getCatalog } from '../../src/catalog/catalog.js';
import { fieldSpec } from '../../src/input/fields.js';
import { currentFrame, stepOf } from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowContext } from '../../flows/lib/context.js';
import { screenEvents } from '../support/flow-graph.js';
import { KEY, press, renderWizard, settle, type, waitForText, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const serialize = (s: AnyMachineSnapshot) => JSON.stringify([s.value, (s.context as FlowContext).code]);

/** The first event of the shortest way to finish the flow on screen. */
function nextEvent(w: WizardUnderTest) {
  const frame = currentFrame(w.actor.getSnapshot().context);
  const machine = FLOWS[frame.flow].machine;
  const base = { events: screenEvents, serializeState: serialize, fromState: frame.snapshot, stopWhen: (s: AnyMachineSnapshot) => s.status === 'done' };
  const toResolution = getShortestPaths(machine, { ...base, toState: (s) => s.status === 'done' && stepOf(s).kind !== 'handoff' });
  const paths = toResolution.length > 0 ? toResolution : getShortestPaths(machine, { ...base, toState: (s) => s.status === 'done' });
  const best = [...paths].sort((a, b) => a.steps.length - b.steps.length)[0];
  return best?.steps.find((s) => !s.event.type.startsWith('xstate.'))?.event;
}

async function walkToResolution(w: WizardUnderTest): Promise<string[]> {
  const trail: string[] = [];
  for (let i = 0; i < 30; i++) {
    const step = w.step();
    if (step.kind === 'resolution' || step.kind === 'catalog-resolution') return trail;
    const event = nextEvent(w);
    if (!event) throw new Error(`no way on from:\n${w.frame()}`);
    const before = w.actor.getSnapshot().context.frames.length;
    if (step.kind === 'question') {
      const index = step.options.findIndex((o) => o.event === event.type);
      trail.push(step.options[index]!.label);
      for (let d = 0; d < index; d++) await press(w, KEY.down);
      await settle();
      await press(w, KEY.enter);
    } else if (step.kind === 'input') {
      const spec = fieldSpec(step.field);
      const sample = spec.samples.find((s) => JSON.stringify(spec.validate(s, {})) === JSON.stringify({ ok: true, value: event.values })) ?? spec.samples[0]!;
      trail.push(`typed ${sample}`);
      await type(w, sample);
      await settle();
      await press(w, KEY.enter);
    }
    await waitFor(() => w.actor.getSnapshot().context.frames.length > before, w);
  }
  throw new Error(`no resolution after 30 screens: ${trail.join(' › ')}`);
}

async function waitFor(condition: () => boolean, w: WizardUnderTest): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error(`the screen did not move on:\n${w.frame()}`);
}

describe('every catalog code reaches a resolution through the UI', () => {
  it.each(getCatalog().errors.map((e) => [e.code]))('%s', async (code) => {
    const w = await renderWizard({ code });
    await waitForText(w, `${code} — `); // the code card
    // Something to act on at once: a read-only command, on the card or in the first question.
    expect(w.frame()).toMatch(/read-only — /);
    await walkToResolution(w);
    await waitForText(w, 'Resolution:');
    expect(w.frame()).not.toMatch(/ERROR|Error: .* at /);
  });
});
