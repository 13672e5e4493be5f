// What the flows and the catalog say, gathered for tests that check facts across all of them:
// every step a flow machine describes (with where it is), every command item, every text.

import { getCatalog, resolveCommand, resolveVerify } from '../../src/catalog/catalog.js';
import { FLOWS } from '../../flows/registry.js';
import { commandsOfSteps, type ActionItem, type CommandItem, type CommandSpec, type Step, type VerifyItem } from '../../flows/step.js';

/** One step of one flow, named `flow.state`. */
export interface FlowStep {
  name: string;
  step: Step;
}

/** Every step a flow machine describes, with its `flow.state` name. */
export function flowSteps(): FlowStep[] {
  const out: FlowStep[] = [];
  for (const flow of Object.values(FLOWS)) {
    const walk = (node: { key: string; meta?: Step; states?: Record<string, unknown> }) => {
      if (node.meta && typeof node.meta === 'object' && 'kind' in node.meta) out.push({ name: `${flow.id}.${node.key}`, step: node.meta });
      Object.values(node.states ?? {}).forEach((s) => walk(s as never));
    };
    walk(flow.machine.root as never);
  }
  return out;
}

/** Every step meta of every flow (for tests that only look at the values). */
export const flowMetas = (): Step[] => flowSteps().map((s) => s.step);

/**
 * Every command item inside a value (a step, a catalog entry, a list of them), those of its
 * "Check that it worked" list included (a `ref` there names a check, not a command).
 */
export function commandsIn(value: unknown, out: CommandItem[] = []): CommandItem[] {
  if (Array.isArray(value)) value.forEach((v) => commandsIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.ref === 'string' || (typeof o.text === 'string' && typeof o.shell === 'string')) out.push(o as unknown as CommandItem);
    else {
      for (const [key, v] of Object.entries(o)) {
        if (key === 'verify' && Array.isArray(v)) commandsIn(v.map((item: VerifyItem) => resolveVerify(item).command), out);
        else commandsIn(v, out);
      }
    }
  }
  return out;
}

/** Every command the wizard or explain can show (library, catalog, flows), resolved, twins included. */
export function everyCommand(): CommandSpec[] {
  const items = [...commandsIn(getCatalog().errors), ...commandsIn(flowMetas()), ...commandsIn(Object.values(getCatalog().verify)), ...Object.values(getCatalog().commands)];
  return items.map(resolveCommand).flatMap((c) => (c.twin ? [c, c.twin] : [c]));
}

/** Every string inside a value, however deep; "Check that it worked" references read as the checks they name. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) stringsIn(key === 'verify' && Array.isArray(v) ? v.map((i: VerifyItem) => resolveVerify(i)) : v, out);
  }
  return out;
}

/** The prose a technician reads in a step or catalog entry: everything but the commands' own text. */
export function proseOf(value: unknown): string[] {
  const commandTexts = new Set(commandsIn(value).flatMap((c) => {
    const spec = resolveCommand(c);
    return [spec.text, spec.twin?.text].filter((t): t is string => t !== undefined);
  }));
  return stringsIn(value).filter((s) => !commandTexts.has(s));
}

/** Every command of a resolution's fix (a flow step or a catalog entry), in order: each step's, then any not yet placed. */
export function fixItems(resolution: { steps: readonly ActionItem[]; commands?: readonly CommandItem[] } | { resolution: { steps: readonly ActionItem[] }; commands?: readonly CommandItem[] }): CommandItem[] {
  const steps = 'resolution' in resolution ? resolution.resolution.steps : resolution.steps;
  return [...commandsOfSteps(steps), ...(resolution.commands ?? [])];
}
