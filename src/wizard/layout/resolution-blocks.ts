// A resolution as the technician works through it: what is wrong, then numbered steps in the
// order they are done, each with its own commands right under it (one shell at a time: cmd or
// PowerShell, the other one key away), then "Check that it worked". A check whose command is
// one a step already showed points to that step instead of showing it twice.
//
// The layout never depends on which command is highlighted: every label keeps room for the
// marker, so the pages stay the same while ↑/↓ moves through the commands.

import { fill, type TemplateValues } from '../../text/fill.js';
import { commandLines } from '../../text/command-lines.js';
import type { CommandSpec } from '../../../flows/step.js';
import type { ResolutionContent } from '../resolution-content.js';
import type { CommandView } from '../session.js';
import { shortLabel, shownCommands, type ShownCommand } from '../view-model.js';
import { blank, prose, type Block, type Colour, type ScreenLine } from './screen-lines.js';

/** How far a step's text is indented after its number, and its commands' labels. */
const STEP_INDENT = '   ';
/** The marker of the highlighted command, and the room every other label keeps for it. */
export const MARKER = '❯ ';
const NO_MARKER = '  ';
/** Where a command's own text starts: under its label, after the marker's room. */
const COMMAND_INDENT = STEP_INDENT.length + MARKER.length;

/** One "Check that it worked" item as shown: its command, or the step whose command it repeats. */
interface ShownCheck {
  text: string;
  expect?: string;
  command?: ShownCommand;
  sameAsStep?: number;
}

/** Everything a resolution shows, commands in the chosen view and in screen order. */
export interface ShownResolution {
  steps: { text: string; commands: ShownCommand[] }[];
  /** Commands of older data not yet placed under a step. */
  unplaced: ShownCommand[];
  checks: ShownCheck[];
}

/** The resolution's commands for `view`, each step's under it, and its checks. */
export function showResolution(content: ResolutionContent, values: TemplateValues, view: CommandView): ShownResolution {
  const steps = content.steps.map((s) => ({ text: fill(s.text, values), commands: shownCommands(s.commands, values, view) }));
  const unplaced = shownCommands(content.commands, values, view);
  const checks = content.verify.map((v): ShownCheck => {
    const base = { text: fill(v.text, values), ...(v.expect ? { expect: fill(v.expect, values) } : {}) };
    if (!v.command) return base;
    const [command] = shownCommands([v.command], values, view === 'both' ? 'cmd' : view);
    const at = steps.findIndex((s) => s.commands.some((c) => c.text === command!.text));
    return at >= 0 ? { ...base, sameAsStep: at + 1 } : { ...base, command: command! };
  });
  return { steps, unplaced, checks };
}

/** Every command the resolution shows, in screen order: the ones ↑/↓ move through and `c` copies. */
export function resolutionCommands(content: ResolutionContent, values: TemplateValues, view: CommandView): ShownCommand[] {
  const shown = showResolution(content, values, view);
  return [...shown.steps.flatMap((s) => s.commands), ...shown.unplaced, ...shown.checks.flatMap((c) => (c.command ? [c.command] : []))];
}

/** Numbers the commands as they appear, for the highlight. */
class Counter {
  next = 0;
  constructor(readonly highlight?: number) {}
  take(): { index: number; highlighted: boolean } {
    const index = this.next++;
    return { index, highlighted: index === this.highlight };
  }
}

const labelColour = (spec: CommandSpec): Colour => (spec.changes ? 'magenta' : 'green');

/** One command under a step: its label (marker room kept), then its lines, drawn as commands. */
function commandBlock(command: ShownCommand, columns: number, counter: Counter, withPurpose: boolean): Block {
  const { index, highlighted } = counter.take();
  const label = prose(shortLabel(command.spec, withPurpose), columns, { color: labelColour(command.spec), bold: highlighted }, STEP_INDENT + NO_MARKER);
  if (highlighted) label[0] = { ...label[0]!, text: STEP_INDENT + MARKER + label[0]!.text.slice(COMMAND_INDENT) };
  const lines: ScreenLine[] = commandLines(command.text, command.spec.shell, columns, COMMAND_INDENT).map((text) => ({
    text: ' '.repeat(COMMAND_INDENT) + text, command: true, bold: true,
  }));
  return [...label, ...lines].map((l) => ({ ...l, commandIndex: index }));
}

/** A step's commands; a purpose is named only where a step has more than one command. */
function stepCommandBlocks(commands: readonly ShownCommand[], columns: number, counter: Counter): Block[] {
  const several = commands.filter((c) => !c.isTwin).length > 1;
  return commands.map((c) => commandBlock(c, columns, counter, several));
}

/** The "Check that it worked" section; its heading stays with the first check. */
function checkBlocks(checks: readonly ShownCheck[], columns: number, counter: Counter): Block[] {
  return checks.map((check, i) => {
    // An item with a command is one group with it: what to do, the command, what success looks like.
    const group = (lines: ScreenLine[]) => (check.command ? lines.map((l) => ({ ...l, commandIndex: counter.next })) : lines);
    const block: Block = [...(i === 0 ? [blank(), { text: 'Check that it worked:', bold: true }] : []), ...group(prose(`${i + 1}. ${check.text}`, columns, {}, '', STEP_INDENT))];
    if (check.sameAsStep !== undefined) block.push(...prose(`(the command of step ${check.sameAsStep})`, columns, { dim: true }, STEP_INDENT + NO_MARKER));
    const expect = check.expect ? group(prose(`Success looks like: ${check.expect}`, columns, { dim: true }, STEP_INDENT + NO_MARKER)) : [];
    if (check.command) block.push(...commandBlock(check.command, columns, counter, false));
    block.push(...expect);
    return block;
  });
}

/**
 * A resolution's body: the cause, the numbered steps with their commands, how to check.
 * `highlight` marks one command (its label starts with the marker): the one `c` copies.
 */
export function resolutionBlocks(content: ResolutionContent, values: TemplateValues, view: CommandView, columns: number, highlight?: number): Block[] {
  const shown = showResolution(content, values, view);
  const counter = new Counter(highlight);
  const blocks: Block[] = [prose(`${content.lead ?? 'What is wrong'}: ${fill(content.cause, values)}`, columns)];
  if (content.summary) blocks.push(prose(fill(content.summary, values), columns));
  shown.steps.forEach((step, i) => {
    // A step's text goes with its first command: one group, kept on one page where it fits.
    const lead = step.commands.length > 0 ? { commandIndex: counter.next } : {};
    const text = prose(`${i + 1}. ${step.text}`, columns, {}, '', STEP_INDENT).map((l) => ({ ...l, ...lead }));
    const [first, ...rest] = stepCommandBlocks(step.commands, columns, counter);
    // A step's text stays with its first command; the first step is parted from the cause.
    blocks.push([...(i === 0 ? [blank()] : []), ...text, ...(first ?? [])], ...rest);
  });
  if (shown.unplaced.length > 0) {
    const [first, ...rest] = stepCommandBlocks(shown.unplaced, columns, counter);
    blocks.push([blank(), { text: 'Commands:', bold: true }, ...first!], ...rest);
  }
  blocks.push(...checkBlocks(shown.checks, columns, counter));
  return blocks;
}
