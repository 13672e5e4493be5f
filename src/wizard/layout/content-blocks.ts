// The blocks a screen is made of, built from a step and the technician's answers: the code
// card, a step's paragraphs and commands, and the "How do I find out?" help (a resolution's
// are in resolution-blocks.ts). Nothing is ever cut short here: what does not fit the window
// goes on a further page (build-screen.ts), never behind an ellipsis.

import { likelyMessage } from '../../catalog/catalog.js';
import { commandLines } from '../../text/command-lines.js';
import type { ErrorEntry } from '../../catalog/schema.js';
import { fill, type TemplateValues } from '../../text/fill.js';
import { actionsOf, type CommandItem, type Help, type InputStep, type QuestionStep } from '../../../flows/step.js';
import { fixCommands } from '../resolution-content.js';
import type { CommandView } from '../session.js';
import { commandLabel, shownCommands, type ShownCommand } from '../view-model.js';
import { blank, prose, type Block, type ScreenLine } from './screen-lines.js';

/** Where a command's own lines start on a question's screen: under its label, a little in. */
const COMMAND_INDENT = 2;

/**
 * One command: its whole label (wrapped, never cut), then the command itself, in a style of
 * its own (bold, the terminal's own colour), laid out so it still pastes as one command.
 */
export function commandBlock(command: ShownCommand, columns: number): Block {
  const color = command.spec.changes ? 'magenta' : 'green';
  const lines = commandLines(command.text, command.spec.shell, columns, COMMAND_INDENT).map((text): ScreenLine => ({
    text: ' '.repeat(COMMAND_INDENT) + text, command: true, bold: true,
  }));
  return [...prose(commandLabel(command.spec), columns, { color }), ...lines];
}

/** Commands in the technician's view; on a question screen one variant each ('both' shows cmd). */
function commandBlocks(items: readonly CommandItem[], values: TemplateValues, view: CommandView, columns: number, oneVariant: boolean): Block[] {
  const shown = shownCommands(items, values, oneVariant && view === 'both' ? 'cmd' : view);
  const blocks: Block[] = [];
  shown.forEach((c, i) => {
    const block = commandBlock(c, columns);
    // In the "both" view a command and its PowerShell twin stay together on one page.
    if (c.isTwin && i > 0 && !shown[i - 1]!.isTwin && !oneVariant && view === 'both') blocks[blocks.length - 1]!.push(...block);
    else blocks.push(block);
  });
  return blocks;
}

/** The first command a code's fix runs (its catalog entry's first step that has one). */
export function firstCommand(entry: ErrorEntry): CommandItem | undefined {
  return fixCommands({ steps: actionsOf(entry.resolution.steps), commands: entry.commands ?? [] })[0];
}

/** The first screen of a code: what Windows said, what it means, and the first command to run. */
export function codeCardBlocks(entry: ErrorEntry, view: CommandView, columns: number, withFirstCommand: boolean): Block[] {
  const blocks: Block[] = [
    prose(`${entry.code} — ${entry.title}`, columns, { bold: true }),
    prose(`Windows says: “${likelyMessage(entry)}”`, columns, { dim: true }),
    prose(entry.cause, columns),
  ];
  const command = firstCommand(entry);
  if (withFirstCommand && command) {
    const [first] = commandBlocks([command], { code: entry.code }, view, columns, true);
    blocks.push([{ text: 'Run this first:', bold: true }, ...first!]);
  }
  blocks[blocks.length - 1]!.push(blank());
  return blocks;
}

/** A question's or typed answer's paragraphs and the read-only commands to run now. */
export function stepBodyBlocks(step: QuestionStep | InputStep, values: TemplateValues, view: CommandView, columns: number): Block[] {
  const blocks: Block[] = (step.body ?? []).map((b) => prose(fill(b, values), columns));
  blocks.push(...commandBlocks(step.commands ?? [], values, view, columns, true));
  if (blocks.length > 0) blocks[blocks.length - 1]!.push(blank());
  return blocks;
}

/** "How do I find out?": the commands that answer the question and what to look for. */
export function helpBlocks(help: Help, values: TemplateValues, view: CommandView, columns: number): Block[] {
  const blocks: Block[] = [...commandBlocks(help.commands ?? [], values, view, columns, false), [...prose(fill(help.lookFor, values), columns), blank()]];
  // The heading stays with what follows it; every line is marked so the screen can turn to the help.
  blocks[0] = [{ text: 'How do I find out?', bold: true, color: 'cyan' }, ...blocks[0]!];
  return blocks.map((b) => b.map((l) => ({ ...l, help: true })));
}
