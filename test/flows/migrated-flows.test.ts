// The flows already moved to the new resolution model (issue 14, sections 2 and 4), checked as
// a whole: each resolution's commands sit under the steps that run them (no separate list), it
// fits the page goals in the default view, and every question that asks the technician to read
// something offers "I haven't checked / I can't tell" and says that pasted output answers it.
// A flow joins MIGRATED once its data is moved; the goal is every flow.

import { describe, expect, it } from 'vitest';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { PASTE_ANSWERS } from '../../flows/lib/not-checked.js';
import type { FlowId } from '../../flows/ids.js';
import { measure } from '../../scripts/pages/measure.js';
import { flowSteps } from '../support/steps.js';

const MIGRATED: readonly FlowId[] = ['port-1688', 'kms-contact', 'kms-count', 'clock-skew', 'srv-create', 'dns-srv', 'procedures', 'kms-host'];

const inMigrated = (name: string) => MIGRATED.includes(name.split(/[. ]/)[0] as FlowId);
const steps = flowSteps().filter((s) => inMigrated(s.name));

describe('flows moved to the new resolution model', () => {
  it('finds their steps', () => {
    for (const flow of MIGRATED) expect(steps.some((s) => s.name.startsWith(`${flow}.`)), flow).toBe(true);
  });

  it('put every command of a resolution under the step that runs it', () => {
    const left = steps.filter(({ step }) => step.kind === 'resolution' && (step.commands?.length ?? 0) > 0).map((s) => s.name);
    expect(left).toEqual([]);
  });

  it('fit each resolution in 3 pages at 80×24 and 5 at 60×20 (default view)', () => {
    const over = measure()
      .filter((r) => inMigrated(r.name) && (r.pages['80x24']! > 3 || r.pages['60x20']! > 5))
      .map((r) => `${r.name}: ${r.pages['60x20']} at 60x20, ${r.pages['80x24']} at 80x24`);
    expect(over).toEqual([]);
  });

  it('offer "I haven\'t checked" wherever a question asks to read something', () => {
    const missing = steps
      .filter(({ step }) => step.kind === 'question' && (step.reads !== undefined || (step.help?.commands?.length ?? 0) > 0))
      .filter(({ step }) => step.kind === 'question' && !step.options.some((o) => o.label === NOT_CHECKED_LABEL && o.event === 'NOT_CHECKED'))
      .map((s) => s.name);
    expect(missing).toEqual([]);
  });

  it('say in the help that pasting the output answers a step that reads it', () => {
    const silent = steps
      .filter(({ step }) => (step.kind === 'question' || step.kind === 'input') && step.reads !== undefined && !step.help?.lookFor.includes(PASTE_ANSWERS))
      .map((s) => s.name);
    expect(silent).toEqual([]);
  });
});
