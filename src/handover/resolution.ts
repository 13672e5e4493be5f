// The resolution on screen, as the hand-over parts (note, print-out) need it: the same content
// the wizard renders, plus "Check that it worked", with every template filled once.

import { fill, type TemplateValues } from '../text/fill.js';
import type { ResolutionContent } from '../wizard/resolution-content.js';
import type { CommandView } from '../wizard/session.js';
import { shownCommands, type ShownCommand } from '../wizard/view-model.js';

/** A resolution's content and, when it has one, how to check that it worked. */
export type HandoverResolution = ResolutionContent;

/** The resolution a step shows (the same content the wizard draws); undefined for other steps. */
export { resolutionContent as resolutionOf } from '../wizard/resolution-content.js';

/** One "Check that it worked" step, filled: what to do, its command (and twin), what success looks like. */
export interface FilledVerify {
  text: string;
  commands: ShownCommand[];
  expect?: string;
}

/** A resolution with every `{name}` filled (or a visible `<placeholder>`) and commands resolved. */
export interface FilledResolution {
  title: string;
  /** The words before the cause ("What is wrong" unless the resolution says otherwise). */
  lead: string;
  cause: string;
  summary?: string;
  /** The numbered steps, each with its commands (in both forms where the view is 'both'). */
  steps: { text: string; commands: ShownCommand[] }[];
  /** Commands of older data not yet placed under a step. */
  commands: ShownCommand[];
  verify: FilledVerify[];
}

/** Fills a resolution with the session's values, showing commands as `view` does. */
export function fillResolution(content: HandoverResolution, values: TemplateValues, view: CommandView): FilledResolution {
  const text = (s: string) => fill(s, values);
  return {
    title: text(content.title),
    lead: content.lead ?? 'What is wrong',
    cause: text(content.cause),
    ...(content.summary ? { summary: text(content.summary) } : {}),
    steps: content.steps.map((s) => ({ text: text(s.text), commands: shownCommands(s.commands, values, view) })),
    commands: shownCommands(content.commands, values, view),
    verify: content.verify.map((v) => ({
      text: text(v.text),
      commands: v.command ? shownCommands([v.command], values, view) : [],
      ...(v.expect ? { expect: text(v.expect) } : {}),
    })),
  };
}
