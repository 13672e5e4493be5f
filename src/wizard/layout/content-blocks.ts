// The blocks a screen is made of, built from a step and the technician's answers: the code
// card, a step's paragraphs and commands, the "How do I find out?" help, and a resolution's
// cause, steps and commands. Nothing is ever cut short here: what does not fit the window
// goes on a further page (build-screen.ts), never behind an ellipsis.

import { likelyMessage } from '../../catalog/catalog.js';
import type { ErrorEntry } from '../../catalog/schema.js';
import { fill, type TemplateValues } from '../../text/fill.js';
import type { CommandItem, Help, InputStep, QuestionStep, VerifyStep } from '../../../flows/step.js';
import type { CommandView } from '../session.js';
import { commandLabel, shownCommands, type ShownCommand } from '../view-model.js';
import { blank, prose, type Block, type ScreenLine } from './screen-lines.js';

/** The text of a resolution, whether from a flow or from the catalog. */
export interface ResolutionContent {
  title: string;
  /** The words before the cause ("What is wrong" unless the resolution says otherwise). */
  lead?: string;
  cause: string;
  summary?: string;
  steps: readonly string[];
  commands: readonly CommandItem[];
  /** "Check that it worked", library references already resolved (resolutionContent). */
  verify: readonly VerifyStep[];
}

/** Where a command sits among a resolution's commands, and whether it is the highlighted one. */
interface Place {
  index: number;
  highlighted: boolean;
}

/** One command: its whole label (wrapped, never cut), then the command alone on its line. */
export function commandBlock(command: ShownCommand, columns: number, place?: Place): Block {
  const color = command.spec.changes ? 'yellow' : 'green';
  const label = `${place?.highlighted ? '❯ ' : ''}${commandLabel(command.spec)}`;
  const lines: Block = [...prose(label, columns, { color, bold: place?.highlighted }), { text: command.text, command: true }];
  return place ? lines.map((l) => ({ ...l, commandIndex: place.index })) : lines;
}

/** Numbers the commands of a resolution as they appear, for the highlight (c copies it). */
class Counter {
  next = 0;
  constructor(readonly highlight?: number) {}
  place(): Place {
    const index = this.next++;
    return { index, highlighted: index === this.highlight };
  }
}

/** Commands in the technician's view; on a question screen one variant each ('both' shows cmd). */
function commandBlocks(
  items: readonly CommandItem[], values: TemplateValues, view: CommandView, columns: number, oneVariant: boolean, counter?: Counter,
): Block[] {
  const shown = shownCommands(items, values, oneVariant && view === 'both' ? 'cmd' : view);
  const blocks: Block[] = [];
  shown.forEach((c, i) => {
    const block = commandBlock(c, columns, counter?.place());
    // In the "both" view a command and its PowerShell twin stay together on one page.
    if (c.isTwin && i > 0 && !shown[i - 1]!.isTwin && !oneVariant && view === 'both') blocks[blocks.length - 1]!.push(...block);
    else blocks.push(block);
  });
  return blocks;
}

/** Every command a resolution shows, in screen order: its commands, then those of "Check that it worked". */
export function resolutionCommands(content: ResolutionContent, values: TemplateValues, view: CommandView): ShownCommand[] {
  const verify = content.verify.flatMap((v) => (v.command ? [v.command] : []));
  return shownCommands([...content.commands, ...verify], values, view);
}

/** The first screen of a code: what Windows said, what it means, and the first command to run. */
export function codeCardBlocks(entry: ErrorEntry, view: CommandView, columns: number, withFirstCommand: boolean): Block[] {
  const blocks: Block[] = [
    prose(`${entry.code} — ${entry.title}`, columns, { bold: true }),
    prose(`Windows says: “${likelyMessage(entry)}”`, columns, { dim: true }),
    prose(entry.cause, columns),
  ];
  if (withFirstCommand) {
    const [first] = commandBlocks([entry.commands[0]!], { code: entry.code }, view, columns, true);
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

/** The "Check that it worked" section; its heading stays with the first check, never alone at a page's end. */
function verifyBlocks(verify: readonly VerifyStep[], values: TemplateValues, view: CommandView, columns: number, counter: Counter): Block[] {
  const blocks: Block[] = [];
  verify.forEach((v, i) => {
    const lines: ScreenLine[] = prose(`${i + 1}. ${fill(v.text, values)}`, columns);
    blocks.push(i === 0 ? [blank(), { text: 'Check that it worked:', bold: true }, ...lines] : lines);
    if (v.command) blocks.push(...commandBlocks([v.command], values, view, columns, false, counter));
    if (v.expect) blocks.push(prose(`Success looks like: ${fill(v.expect, values)}`, columns, { dim: true }, '   '));
  });
  return blocks;
}

/**
 * A resolution's body: the cause, the steps, the commands (read-only first), how to check.
 * `highlight` marks one command (its label starts with ❯): the one `c` copies.
 */
export function resolutionBlocks(content: ResolutionContent, values: TemplateValues, view: CommandView, columns: number, highlight?: number): Block[] {
  const text = (s: string) => fill(s, values);
  const counter = new Counter(highlight);
  const blocks: Block[] = [prose(`${content.lead ?? 'What is wrong'}: ${text(content.cause)}`, columns)];
  if (content.summary) blocks.push(prose(text(content.summary), columns));
  content.steps.forEach((step, i) => blocks.push(prose(`${i + 1}. ${text(step)}`, columns)));
  const commands = commandBlocks(content.commands, values, view, columns, false, counter);
  if (commands.length > 0) {
    // The heading stays with the first command.
    commands[0] = [blank(), { text: 'Commands, read-only checks first:', bold: true }, ...commands[0]!];
    blocks.push(...commands);
  }
  if (content.verify.length > 0) blocks.push(...verifyBlocks(content.verify, values, view, columns, counter));
  return blocks;
}
