// A resolution's content, whether a flow wrote it or it is a code's catalog entry: the one place
// the wizard, the note, the print-out and explain get it from, with each step's commands under
// it and the "Check that it worked" references resolved.

import { resolveVerify } from '../catalog/catalog.js';
import type { ErrorEntry } from '../catalog/schema.js';
import { actionsOf, type CommandItem, type Step, type VerifyStep } from '../../flows/step.js';

/** One numbered step: what to do and, right under it, the commands that do it. */
export interface ContentStep {
  text: string;
  commands: readonly CommandItem[];
}

/** The text of a resolution, whether from a flow or from the catalog. */
export interface ResolutionContent {
  title: string;
  /** The words before the cause ("What is wrong" unless the resolution says otherwise). */
  lead?: string;
  cause: string;
  summary?: string;
  steps: readonly ContentStep[];
  /** Commands not yet placed under a step (older data): shown after the steps. */
  commands: readonly CommandItem[];
  /** "Check that it worked", library references already resolved. */
  verify: readonly VerifyStep[];
}

/** The resolution content of a step, if it is a resolution; undefined for other steps. */
export function resolutionContent(step: Step, entry: ErrorEntry | undefined): ResolutionContent | undefined {
  if (step.kind === 'resolution') {
    const { title, lead, cause, steps, commands, verify } = step;
    return { title, ...(lead ? { lead } : {}), cause, steps: actionsOf(steps), commands: commands ?? [], verify: verify.map(resolveVerify) };
  }
  if (step.kind === 'catalog-resolution' && entry) {
    const { title, cause, resolution, commands } = entry;
    return {
      title, cause, summary: resolution.summary, steps: actionsOf(resolution.steps), commands: commands ?? [], verify: entry.verify.map(resolveVerify),
    };
  }
  return undefined;
}

/** Every command of the fix, in the order they are done: each step's, then any not yet placed. */
export function fixCommands(content: Pick<ResolutionContent, 'steps' | 'commands'>): CommandItem[] {
  return [...content.steps.flatMap((s) => s.commands), ...content.commands];
}
