// Issue 14 §2 and §4 for the flows of this part of the migration: every resolution's commands
// sit under the steps that run them (no list after the steps), a step that names an slmgr
// command carries it, each resolution looks before it changes and fits the page goals; and
// every question that asks the technician to read something offers "I haven't checked / I
// can't tell", which leads somewhere, its help saying that pasting the output answers it.

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowId } from '../../flows/ids.js';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { actionsOf, commandsOfSteps, type QuestionStep, type ResolutionStep } from '../../flows/step.js';
import { measure } from '../../scripts/pages/measure.js';
import { flowSteps } from '../support/steps.js';

/** The flows this part migrated (the shared activation path is in most of them). */
const MINE: readonly FlowId[] = [
  'product-key', 'key-lookup', 'mak', 'grace-genuine', 'license-store', 'elevation',
  'hardware-tolerance', 'bios-marker', 'code-overview', 'triage',
];
const ours = (name: string) => MINE.includes(name.split('.')[0] as FlowId);

const resolutions = () => flowSteps().filter((s) => ours(s.name) && s.step.kind === 'resolution') as { name: string; step: ResolutionStep }[];
const questions = () => flowSteps().filter((s) => ours(s.name) && s.step.kind === 'question') as { name: string; step: QuestionStep }[];

describe('resolutions: each command under the step that runs it', () => {
  it('finds the resolutions of these flows', () => {
    expect(resolutions().length).toBeGreaterThan(80);
  });

  it('none keeps a list of commands after its steps', () => {
    const withList = resolutions().filter(({ step }) => (step.commands ?? []).length > 0).map(({ name }) => name);
    expect(withList).toEqual([]);
  });

  it('a step that names an slmgr command (slmgr /dlv) carries it', () => {
    const missing: string[] = [];
    for (const { name, step } of resolutions()) {
      for (const action of actionsOf(step.steps)) {
        const texts = action.commands.map((c) => resolveCommand(c).text);
        for (const [, sw] of action.text.matchAll(/slmgr \/(\w+)/g)) {
          if (!texts.some((t) => t.includes(`slmgr.vbs /${sw}`) || t.includes(`slmgr.vbs {computerName} /${sw}`))) missing.push(`${name}: "${action.text}"`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('looks before it changes: where there is a read-only command, the first command is one', () => {
    const wrong = resolutions().filter(({ step }) => {
      const commands = commandsOfSteps(step.steps).map(resolveCommand);
      return commands.some((c) => !c.changes) && commands[0]!.changes;
    }).map(({ name }) => name);
    expect(wrong).toEqual([]);
  });

  it('the KB971033 fix, over its three screens, runs every Windows 7 command of the catalog entry, in its order', () => {
    const entry = getCatalog().errors.find((e) => e.code === '0xC004F200')!;
    // The catalog's step for newer Windows is the flow's other end (f200Other).
    const win7 = actionsOf(entry.resolution.steps).filter((s) => !s.text.startsWith('On newer Windows'));
    const catalog = [...win7.flatMap((s) => s.commands), ...(entry.commands ?? [])].map((c) => resolveCommand(c).text);
    const screens = ['grace-genuine.f200Fix', 'grace-genuine.f200Rebuild', 'grace-genuine.f200Key']
      .map((n) => resolutions().find((r) => r.name === n)!.step);
    const flow = screens.flatMap((s) => commandsOfSteps(s.steps)).map((c) => resolveCommand(c).text);
    expect(catalog.length).toBe(14);
    expect(flow).toEqual(catalog);
  });
});

describe('resolutions: short enough to follow', () => {
  const pages = measure().filter((r) => ours(r.name.replace(' ', '.')));

  it('measures them', () => {
    expect(pages.length).toBeGreaterThan(80);
  });

  it.each([['60x20', 5], ['80x24', 3]] as const)('each fits %s in at most %i pages (cmd view)', (size, most) => {
    const over = pages.filter((r) => r.pages[size]! > most).map((r) => `${r.name} — ${r.pages[size]} pages`);
    expect(over).toEqual([]);
  });
});

describe('questions: a way forward for someone who has not checked', () => {
  /** A question that asks the technician to read something: it reads pasted output, or its help has commands. */
  const reading = () => questions().filter(({ step }) => Boolean(step.reads) || (step.help?.commands ?? []).length > 0);

  it('finds them', () => {
    expect(reading().length).toBeGreaterThan(80);
  });

  it('each offers "I haven\'t checked / I can\'t tell"', () => {
    const without = reading().filter(({ step }) => !step.options.some((o) => o.event === 'NOT_CHECKED' && o.label === NOT_CHECKED_LABEL)).map(({ name }) => name);
    expect(without).toEqual([]);
  });

  it('and the choice leads somewhere', () => {
    const dead: string[] = [];
    for (const flow of MINE) {
      const walk = (node: { key: string; meta?: { kind?: string; options?: { event: string }[] }; on?: Record<string, unknown>; states?: Record<string, unknown> }) => {
        if (node.meta?.kind === 'question' && node.meta.options?.some((o) => o.event === 'NOT_CHECKED') && !node.on?.NOT_CHECKED) dead.push(`${flow}.${node.key}`);
        Object.values(node.states ?? {}).forEach((s) => walk(s as never));
      };
      walk(FLOWS[flow].machine.root as never);
    }
    expect(dead).toEqual([]);
  });

  it('no other choice folds "not sure" into an answer', () => {
    const folded = questions().flatMap(({ name, step }) => step.options.filter((o) => o.event !== 'NOT_CHECKED' && /not sure|cannot tell|can't tell/i.test(o.label)).map((o) => `${name}: ${o.label}`));
    expect(folded).toEqual([]);
  });

  it('a question that reads pasted output says so in its help', () => {
    const silent = questions().filter(({ step }) => step.reads && !/past(e|ing)/i.test(step.help?.lookFor ?? '')).map(({ name }) => name);
    expect(silent).toEqual([]);
  });
});
