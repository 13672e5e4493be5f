// Fitting a code's first screen into the window. Ink redraws the whole terminal (and wipes
// its scrollback) when a frame is as tall as the window, so the code card gives way to the
// question below it: first the quoted message shrinks, then the cause, never the choices.

import type { ErrorEntry } from '../catalog/schema.js';
import { fill, type TemplateValues } from '../text/fill.js';
import type { InputStep, QuestionStep } from '../../flows/step.js';
import type { CommandView } from './session.js';
import { commandListRows, proseRows, shownCommands } from './view-model.js';

/** How much of the code card to show. */
export interface CardLayout {
  /** Lines of the quoted Windows message (0 hides it). */
  messageLines: number;
  /** Lines of the cause (Infinity: all of it). */
  causeLines: number;
  showFirstCommand: boolean;
}

/** Rows the lines of `commands` take on a question screen (one variant each). */
function commandBlockRows(items: Parameters<typeof shownCommands>[0], values: TemplateValues, view: CommandView, columns: number): number {
  return commandListRows(shownCommands(items, values, view === 'both' ? 'cmd' : view), columns);
}

/** Rows a question or input screen needs below the card, footer and breadcrumb included. */
export function stepRows(step: QuestionStep | InputStep, values: TemplateValues, view: CommandView, columns: number): number {
  let rows = 2; // breadcrumb and the blank line under it
  rows += proseRows(fill(step.title, values), columns);
  for (const b of step.body ?? []) rows += proseRows(fill(b, values), columns);
  if (step.commands?.length) rows += 1 + commandBlockRows(step.commands, values, view, columns);
  rows += step.kind === 'question' ? 1 + step.options.length + (step.help ? 1 : 0) : 3; // choices, or field + hint
  rows += 2; // footer and the blank line above it
  return rows;
}

/** The largest card that leaves the screen below it whole, in a window of `rows` rows. */
export function fitCard(
  entry: ErrorEntry, message: string, below: number, rows: number, columns: number, view: CommandView, withFirstCommand: boolean,
): CardLayout {
  // A frame must stay shorter than the window; one more row of slack absorbs estimate error.
  const budget = rows - 2 - below;
  const title = proseRows(`${entry.code} — ${entry.title}`, columns);
  const messageFull = Math.min(2, proseRows(`Windows says: “${message}”`, columns));
  const cause = proseRows(entry.cause, columns);
  const first = withFirstCommand ? 1 + commandBlockRows([entry.commands[0]!], { code: entry.code }, view, columns) : 0;
  const margin = 1;
  for (const layout of [
    { messageLines: messageFull, causeLines: Infinity, showFirstCommand: withFirstCommand },
    { messageLines: 1, causeLines: Infinity, showFirstCommand: withFirstCommand },
    { messageLines: 0, causeLines: Infinity, showFirstCommand: withFirstCommand },
  ]) {
    if (title + layout.messageLines + cause + first + margin <= budget) return layout;
  }
  // Still too tall: keep the command to run (something to act on) and shorten the cause.
  const causeLines = Math.max(2, budget - title - first - margin);
  return { messageLines: 0, causeLines: Math.min(cause, causeLines), showFirstCommand: withFirstCommand };
}
