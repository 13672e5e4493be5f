// Every PowerShell text kms-doctor can print, gathered through the code that prints it: the
// wizard's screens (a question's commands and its "How do I find out?", a code's first
// command, a resolution's commands and checks), the note and the print-out (fillResolution),
// `explain` (entryJson), and both collect scripts. Commands are filled with sample values
// (every field's sample, validated as the wizard validates it). A raw walk of the data and the
// flows (everyRawCommand) makes sure nothing escapes: each command written anywhere must show up
// in what the printing code gives.

import { collectScript } from '../../src/collect/script.js';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { entryJson } from '../../src/commands/explain-output.js';
import { fillResolution } from '../../src/handover/resolution.js';
import { FIELDS } from '../../src/input/fields.js';
import { fill, type TemplateValues } from '../../src/text/fill.js';
import { resolutionContent } from '../../src/wizard/layout/build-screen.js';
import { codeCardBlocks, helpBlocks, resolutionBlocks, resolutionCommands, stepBodyBlocks } from '../../src/wizard/layout/content-blocks.js';
import type { Block } from '../../src/wizard/layout/screen-lines.js';
import type { CommandView } from '../../src/wizard/session.js';
import { shownCommands, type ShownCommand } from '../../src/wizard/view-model.js';
import type { CommandSpec } from '../../flows/step.js';
import { commandsIn, flowMetas, flowSteps } from '../support/steps.js';

/** A text and where it is printed, for a failing test's message. */
export interface PrintedText {
  where: string;
  text: string;
}

/** Every value a typed field can fill, from the fields' own samples as the wizard validates them. */
export function sampleValues(): TemplateValues {
  const values: Record<string, string | number> = {};
  for (const spec of Object.values(FIELDS)) {
    for (const sample of spec.samples) {
      const v = spec.validate(sample, values);
      if (v.ok) for (const [k, x] of Object.entries(v.value)) if (values[k] === undefined && (typeof x === 'string' || typeof x === 'number')) values[k] = x;
    }
  }
  return values;
}

const VIEWS: CommandView[] = ['cmd', 'powershell', 'both'];
/** Wide enough that no label wraps: only the command lines are read. */
const WIDE = 100_000;

const commandLines = (blocks: Block[]): string[] => blocks.flat().filter((l) => l.command).map((l) => l.text);
const powershellOf = (shown: readonly ShownCommand[]): string[] => shown.filter((c) => c.spec.shell === 'powershell').map((c) => c.text);

/** The commands as the wizard, the note and the print-out show them, with their shell. */
function shown(values: TemplateValues): { where: string; commands: ShownCommand[] }[] {
  const out: { where: string; commands: ShownCommand[] }[] = [];
  const { errors, commands, verify } = getCatalog();
  for (const { name, step } of flowSteps()) {
    if (step.kind === 'question' || step.kind === 'input') {
      out.push({ where: `${name} (question)`, commands: shownCommands([...(step.commands ?? []), ...(step.help?.commands ?? [])], values, 'both') });
    }
    const content = resolutionContent(step, undefined);
    if (content) {
      out.push({ where: `${name} (resolution)`, commands: resolutionCommands(content, values, 'both') });
      const note = fillResolution(content, values, 'both');
      out.push({ where: `${name} (note)`, commands: [...note.commands, ...note.verify.flatMap((v) => v.commands)] });
    }
  }
  for (const entry of errors) {
    const content = resolutionContent({ kind: 'catalog-resolution' }, entry)!;
    const where = `${entry.code} (catalog resolution)`;
    out.push({ where, commands: resolutionCommands(content, { ...values, code: entry.code }, 'both') });
    const note = fillResolution(content, { ...values, code: entry.code }, 'both');
    out.push({ where: `${entry.code} (note)`, commands: [...note.commands, ...note.verify.flatMap((v) => v.commands)] });
  }
  for (const [id, step] of Object.entries(verify)) if (step.command) out.push({ where: `data/verify.json ${id}`, commands: shownCommands([step.command], values, 'both') });
  for (const id of Object.keys(commands)) out.push({ where: `data/commands ${id}`, commands: shownCommands([{ ref: id }], values, 'both') });
  return out;
}

/** What `explain --json` prints for each code: its commands and checks, twins included. */
function explained(values: TemplateValues): PrintedText[] {
  type Json = { shell: string; text: string; twin?: Json };
  const out: PrintedText[] = [];
  for (const entry of getCatalog().errors) {
    const json = entryJson(entry, values) as { commands: Json[]; verify: { command?: Json }[] };
    const all = [...json.commands, ...json.verify.flatMap((v) => (v.command ? [v.command] : []))].flatMap((c) => (c.twin ? [c, c.twin] : [c]));
    for (const c of all) if (c.shell === 'powershell') out.push({ where: `explain ${entry.code}`, text: c.text });
  }
  return out;
}

/** Every PowerShell text kms-doctor prints, filled with `values`, each once. */
export function everyPowerShellText(values: TemplateValues = sampleValues()): PrintedText[] {
  const all: PrintedText[] = [
    ...shown(values).flatMap(({ where, commands }) => powershellOf(commands).map((text) => ({ where, text }))),
    ...explained(values),
    { where: 'kms-doctor collect', text: collectScript('client') },
    { where: 'kms-doctor collect --host-side', text: collectScript('host') },
  ];
  const seen = new Set<string>();
  return all.filter((t) => !seen.has(t.text) && seen.add(t.text));
}

/** Every command line the wizard draws (every view): each must be one the gathering above knows. */
export function drawnCommandLines(values: TemplateValues = sampleValues()): string[] {
  const lines: string[] = [];
  for (const view of VIEWS) {
    for (const { step } of flowSteps()) {
      if (step.kind === 'question' || step.kind === 'input') {
        lines.push(...commandLines(stepBodyBlocks(step, values, view, WIDE)));
        if (step.help) lines.push(...commandLines(helpBlocks(step.help, values, view, WIDE)));
      }
      const content = resolutionContent(step, undefined);
      if (content) lines.push(...commandLines(resolutionBlocks(content, values, view, WIDE)));
    }
    for (const entry of getCatalog().errors) {
      const v = { ...values, code: entry.code };
      lines.push(...commandLines(codeCardBlocks(entry, view, WIDE, true)));
      lines.push(...commandLines(resolutionBlocks(resolutionContent({ kind: 'catalog-resolution' }, entry)!, v, view, WIDE)));
    }
  }
  return [...new Set(lines)];
}

/** Every command written anywhere in the data or the flows, twins included, filled: the raw side of the escape check. */
export function everyRawCommand(values: TemplateValues = sampleValues()): { spec: CommandSpec; text: string }[] {
  const { errors, commands, verify } = getCatalog();
  const items = [...commandsIn(errors), ...commandsIn(flowMetas()), ...commandsIn(Object.values(verify)), ...Object.keys(commands).map((ref) => ({ ref }))];
  return items.map(resolveCommand).flatMap((c) => (c.twin ? [c, c.twin] : [c])).map((spec) => ({ spec, text: fill(spec.text, values) }));
}
