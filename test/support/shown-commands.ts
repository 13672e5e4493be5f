// Every command the tool can show, gathered through the code that shows them: the wizard's
// (shownCommands; resolutionContent and showResolution, in the cmd and the PowerShell view) for
// flow steps, the library and the catalog, and explain's (entryJson) for the error codes. Each with where it comes from and
// whether it is a "Check that it worked" command. And, to make sure nothing escapes that way,
// every command written anywhere in data/ or in a flow's states, found by its shape.

import { readdirSync, readFileSync } from 'node:fs';
import { FLOWS } from '../../flows/registry.js';
import type { CommandItem, CommandSpec, Step } from '../../flows/step.js';
import { getCatalog, resolveVerify } from '../../src/catalog/catalog.js';
import type { ErrorEntry } from '../../src/catalog/schema.js';
import { entryJson } from '../../src/commands/explain-output.js';
import { resolutionCommands, showResolution } from '../../src/wizard/layout/resolution-blocks.js';
import { resolutionContent } from '../../src/wizard/resolution-content.js';
import type { CommandView } from '../../src/wizard/session.js';
import { shownCommands, type ShownCommand } from '../../src/wizard/view-model.js';

/** One command as a screen or explain shows it. */
export interface ShownEntry {
  /** Where it comes from, for a failing test's message ("flow license-store: rebuild (twin)"). */
  where: string;
  /** A "Check that it worked" command must only look. */
  role: 'command' | 'check';
  spec: CommandSpec;
}

const shown = (items: readonly CommandItem[], where: string, role: ShownEntry['role']): ShownEntry[] =>
  shownCommands(items, {}, 'both').map((c) => ({ where: `${where}${c.isTwin ? ' (twin)' : ''}`, role, spec: c.spec }));

interface StateNodeLike {
  path: string[];
  meta?: unknown;
  states: Record<string, StateNodeLike>;
}

/** Every state's step of every flow, with its dotted path. */
export function flowSteps(): { where: string; step: Step }[] {
  const out: { where: string; step: Step }[] = [];
  for (const [flow, definition] of Object.entries(FLOWS)) {
    const walk = (node: StateNodeLike) => {
      const meta = node.meta as Step | undefined;
      if (meta && typeof meta === 'object' && 'kind' in meta) out.push({ where: `flow ${flow}: ${node.path.join('.')}`, step: meta });
      Object.values(node.states).forEach(walk);
    };
    walk(definition.machine.root as unknown as StateNodeLike);
  }
  return out;
}

function stepCommands(where: string, step: Step, entry?: ErrorEntry): ShownEntry[] {
  if (step.kind === 'question' || step.kind === 'input') {
    return [...shown(step.commands ?? [], where, 'command'), ...shown(step.help?.commands ?? [], `${where} help`, 'command')];
  }
  const content = resolutionContent(step, entry);
  if (!content) return [];
  // Each form of each command is on screen in one of the two views (the print-out has both).
  return (['cmd', 'powershell'] as CommandView[]).flatMap((view) => {
    const screen = showResolution(content, {}, view);
    const as = (c: ShownCommand, at: string, role: ShownEntry['role']): ShownEntry => ({ where: `${where} ${at} (${view})`, role, spec: c.spec });
    const entries = [
      ...screen.steps.flatMap((s, i) => s.commands.map((c) => as(c, `step ${i + 1}`, 'command'))),
      ...screen.unplaced.map((c) => as(c, 'unplaced', 'command')),
      ...screen.checks.flatMap((c, i) => (c.command ? [as(c.command, `check ${i + 1}`, 'check')] : [])),
    ];
    // The enumeration must be the resolution's own list, the one ↑/↓ moves through.
    const listed = resolutionCommands(content, {}, view);
    if (listed.length !== entries.length || listed.some((c, i) => JSON.stringify(c.spec) !== JSON.stringify(entries[i]!.spec))) {
      throw new Error(`${where}: the resolution shows other commands than its parts`);
    }
    // A check that repeats a step's command points to that step: it is still a check.
    const repeated = content.verify.flatMap((v, i) => (v.command && screen.checks[i]?.sameAsStep !== undefined
      ? shownCommands([v.command], {}, view).map((c) => as(c, `check ${i + 1} (step ${screen.checks[i]!.sameAsStep})`, 'check')) : []));
    return [...entries, ...repeated];
  });
}

/** The commands of an error code, as explain --json gives them and as the wizard's code end shows them. */
function codeCommands(code: string): ShownEntry[] {
  const entry = getCatalog().byCode.get(code)!;
  const json = entryJson(entry, {}) as { resolution: { steps: { commands: CommandSpec[] }[] }; commands: CommandSpec[]; verify: { command?: CommandSpec }[] };
  const fromExplain = (spec: CommandSpec, where: string, role: ShownEntry['role']): ShownEntry[] =>
    [{ where, role, spec }, ...(spec.twin ? [{ where: `${where} (twin)`, role, spec: spec.twin }] : [])];
  return [
    ...json.resolution.steps.flatMap((step, i) => step.commands.flatMap((spec, j) => fromExplain(spec, `explain ${code} step ${i + 1} command ${j + 1}`, 'command'))),
    ...json.commands.flatMap((spec, i) => fromExplain(spec, `explain ${code} command ${i + 1}`, 'command')),
    ...json.verify.flatMap((v, i) => (v.command ? fromExplain(v.command, `explain ${code} check ${i + 1}`, 'check') : [])),
    ...stepCommands(`wizard ${code}`, { kind: 'catalog-resolution' }, entry),
  ];
}

/** Every command the tool can show, each time it can show it. */
export function allShownCommands(): ShownEntry[] {
  const catalog = getCatalog();
  return [
    ...Object.keys(catalog.commands).flatMap((id) => shown([{ ref: id }], `data/commands ${id}`, 'command')),
    ...Object.keys(catalog.verify).flatMap((id) => {
      const { command } = resolveVerify({ ref: id });
      return command ? shown([command], `data/verify.json ${id}`, 'check') : [];
    }),
    ...flowSteps().flatMap(({ where, step }) => stepCommands(where, step)),
    ...catalog.errors.flatMap((e) => codeCommands(e.code)),
  ];
}

/** Every object shaped like a written-out command (shell and text), anywhere in a value. */
function specsIn(value: unknown, out: CommandSpec[] = []): CommandSpec[] {
  if (Array.isArray(value)) value.forEach((v) => specsIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.shell === 'string' && typeof o.text === 'string') out.push(o as unknown as CommandSpec);
    Object.values(o).forEach((v) => specsIn(v, out));
  }
  return out;
}

/** Every command written out in data/ (twins included) or in any flow state's step. */
export function everyWrittenCommand(): CommandSpec[] {
  const data = new URL('../../data/', import.meta.url);
  const files = ['commands/', 'error-codes/'].flatMap((dir) =>
    readdirSync(new URL(dir, data)).filter((f) => f.endsWith('.json')).map((f) => new URL(`${dir}${f}`, data)));
  files.push(new URL('verify.json', data));
  return [...files.flatMap((f) => specsIn(JSON.parse(readFileSync(f, 'utf8')))), ...flowSteps().flatMap(({ step }) => specsIn(step))];
}
