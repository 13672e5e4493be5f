// Every PowerShell text kms-doctor can print, gathered through the code that prints it: the
// wizard's screens (a question's commands and its "How do I find out?", a code's first command,
// a resolution's steps and checks), the note and the print-out (fillResolution), `explain`
// (entryJson), both collect scripts — each as one line and as the lines a person reads it in
// (readableLines, at the widths the wizard, the note and the print-out use), and the command
// lines the wizard actually draws at 60 and 80 columns. Commands are filled with sample values
// (every field's samples, validated as the wizard validates them). A raw walk of the data and the
// flows (everyRawCommand) makes sure nothing escapes: each command written anywhere must show up
// in what the printing code gives.

import { collectScript } from '../../src/collect/script.js';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { entryJson } from '../../src/commands/explain-output.js';
import { fillResolution } from '../../src/handover/resolution.js';
import { FIELDS } from '../../src/input/fields.js';
import { readableLines } from '../../src/text/command-lines.js';
import { fill, type TemplateValues } from '../../src/text/fill.js';
import { codeCardBlocks, helpBlocks, stepBodyBlocks } from '../../src/wizard/layout/content-blocks.js';
import { resolutionBlocks, resolutionCommands } from '../../src/wizard/layout/resolution-blocks.js';
import type { Block } from '../../src/wizard/layout/screen-lines.js';
import { resolutionContent, type ResolutionContent } from '../../src/wizard/resolution-content.js';
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
/** The widths commands are laid out at: the wizard's smallest and usual windows, the print-out, the note. */
const WIDTHS = [40, 55, 75, 100];
const SCREENS = [60, 80];

const powershellOf = (shown: readonly ShownCommand[]): string[] => shown.filter((c) => c.spec.shell === 'powershell').map((c) => c.text);

/** A resolution's own commands, its steps' and its checks', as the wizard, the note and the print-out take them. */
function resolutionTexts(where: string, content: ResolutionContent, values: TemplateValues): PrintedText[] {
  const note = fillResolution(content, values, 'both');
  const shown = [
    ...VIEWS.flatMap((view) => resolutionCommands(content, values, view)),
    ...note.steps.flatMap((s) => s.commands), ...note.commands, ...note.verify.flatMap((v) => v.commands),
  ];
  return powershellOf(shown).map((text) => ({ where, text }));
}

/** The commands as the wizard, the note and the print-out show them, one line each. */
function shownTexts(values: TemplateValues): PrintedText[] {
  const out: PrintedText[] = [];
  const { errors, commands, verify } = getCatalog();
  for (const { name, step } of flowSteps()) {
    if (step.kind === 'question' || step.kind === 'input') {
      const items = [...(step.commands ?? []), ...(step.help?.commands ?? [])];
      out.push(...VIEWS.flatMap((view) => powershellOf(shownCommands(items, values, view)).map((text) => ({ where: `${name} (question)`, text }))));
    }
    const content = resolutionContent(step, undefined);
    if (content) out.push(...resolutionTexts(`${name} (resolution)`, content, values));
  }
  for (const entry of errors) out.push(...resolutionTexts(`${entry.code} (resolution)`, resolutionContent({ kind: 'catalog-resolution' }, entry)!, { ...values, code: entry.code }));
  for (const [id, step] of Object.entries(verify)) if (step.command) out.push(...powershellOf(shownCommands([step.command], values, 'both')).map((text) => ({ where: `data/verify.json ${id}`, text })));
  for (const id of Object.keys(commands)) out.push(...powershellOf(shownCommands([{ ref: id }], values, 'both')).map((text) => ({ where: `data/commands ${id}`, text })));
  return out;
}

/** What `explain --json` prints for each code: its steps' commands, its checks', twins included. */
function explained(values: TemplateValues): PrintedText[] {
  type Json = { shell: string; text: string; twin?: Json };
  const out: PrintedText[] = [];
  for (const entry of getCatalog().errors) {
    const json = entryJson(entry, values) as { commands: Json[]; resolution: { steps: { commands: Json[] }[] }; verify: { command?: Json }[] };
    const all = [...json.commands, ...json.resolution.steps.flatMap((s) => s.commands), ...json.verify.flatMap((v) => (v.command ? [v.command] : []))]
      .flatMap((c) => (c.twin ? [c, c.twin] : [c]));
    for (const c of all) if (c.shell === 'powershell') out.push({ where: `explain ${entry.code}`, text: c.text });
  }
  return out;
}

/** Runs of command lines in blocks, each with the label above it: one drawn command a run. */
function drawnCommands(blocks: Block[]): { label: string; text: string }[] {
  const lines = blocks.flat();
  const out: { label: string; text: string }[] = [];
  let label = '';
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.command) {
      if (lines[i]!.text.trim()) label = lines[i]!.text.trim();
      continue;
    }
    const run: string[] = [];
    while (i < lines.length && lines[i]!.command) run.push(lines[i++]!.text);
    i--;
    out.push({ label, text: run.join('\n') });
  }
  return out;
}

/** The PowerShell commands the wizard draws, as drawn (laid out, indented, padded), at 60 and 80 columns. */
export function drawnPowerShell(values: TemplateValues = sampleValues()): PrintedText[] {
  const out: PrintedText[] = [];
  const add = (where: string, blocks: Block[]) => {
    for (const d of drawnCommands(blocks)) if (/^(❯ )?PowerShell\b/.test(d.label)) out.push({ where: `${where} (drawn)`, text: d.text });
  };
  for (const columns of SCREENS) {
    for (const view of VIEWS) {
      for (const { name, step } of flowSteps()) {
        if (step.kind === 'question' || step.kind === 'input') {
          add(name, stepBodyBlocks(step, values, view, columns));
          if (step.help) add(name, helpBlocks(step.help, values, view, columns));
        }
        const content = resolutionContent(step, undefined);
        if (content) add(name, resolutionBlocks(content, values, view, columns));
      }
      for (const entry of getCatalog().errors) {
        add(entry.code, codeCardBlocks(entry, view, columns, true).map((b) => b.map((l) => ({ ...l, text: fill(l.text, values) }))));
        add(entry.code, resolutionBlocks(resolutionContent({ kind: 'catalog-resolution' }, entry)!, { ...values, code: entry.code }, view, columns));
      }
    }
  }
  return out;
}

const once = (texts: PrintedText[]): PrintedText[] => {
  const seen = new Set<string>();
  return texts.filter((t) => !seen.has(t.text) && seen.add(t.text));
};

/** Every PowerShell text kms-doctor prints, filled with `values`, one line each and as laid out, each once. */
export function everyPowerShellText(values: TemplateValues = sampleValues()): PrintedText[] {
  const oneLine = once([...shownTexts(values), ...explained(values)]);
  const laidOut = oneLine.flatMap((t) => WIDTHS.map((w) => ({ where: `${t.where} (laid out at ${w})`, text: readableLines(t.text, 'powershell', w).join('\n') })));
  return once([
    ...oneLine,
    ...laidOut,
    ...drawnPowerShell(values),
    { where: 'kms-doctor collect', text: collectScript('client') },
    { where: 'kms-doctor collect --host-side', text: collectScript('host') },
  ]);
}

/** Every command written anywhere in the data or the flows, twins included, filled: the raw side of the escape check. */
export function everyRawCommand(values: TemplateValues = sampleValues()): { spec: CommandSpec; text: string }[] {
  const { errors, commands, verify } = getCatalog();
  const items = [...commandsIn(errors), ...commandsIn(flowMetas()), ...commandsIn(Object.values(verify)), ...Object.keys(commands).map((ref) => ({ ref }))];
  return items.map(resolveCommand).flatMap((c) => (c.twin ? [c, c.twin] : [c])).map((spec) => ({ spec, text: fill(spec.text, values) }));
}
