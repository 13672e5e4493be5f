// What the note holds, as a plain record, and how a wizard session becomes one: the path (each
// question and the answer given, in order), the values typed, and the resolution reached.

import { findError, likelyMessage } from '../../catalog/catalog.js';
import { fieldSpec, prefillFor } from '../../input/fields.js';
import { fill } from '../../text/fill.js';
import type { FlowContext } from '../../../flows/lib/context.js';
import { currentFrame, stepOf, type Frame, type Session } from '../../wizard/session.js';
import { fillResolution, resolutionOf, type FilledResolution } from '../resolution.js';

/** One step of the path: the question as it was asked and the answer given. */
export interface PathStep {
  question: string;
  answer: string;
}

/** Everything the note says, with every template already filled. */
export interface SessionRecord {
  /** The error code diagnosed, when there is one. */
  code?: string;
  /** The code's meaning in plain words. */
  meaning?: string;
  /** The message Windows most likely printed for the code, quoted exactly. */
  message?: string;
  /** What the session was about when there is no code (a flow id, for the file name). */
  topic?: string;
  path: PathStep[];
  /** The values typed, by field name, as the technician would type them again. */
  values: Record<string, string | number>;
  resolution: FilledResolution;
}

/** How a typed value is named for a person: its field's label ("KMS host"), else its name. */
export function fieldLabel(name: string): string {
  try {
    return fieldSpec(name).label;
  } catch {
    return name; // a value with no field of its own (a hand-made record)
  }
}

const contextOf = (frame: Frame): FlowContext => frame.snapshot.context as FlowContext;
const valuesOf = (context: FlowContext) => ({ ...context.answers, code: context.code });

/** The code part of a record, from the catalog. */
export function codePart(code: string | undefined): Pick<SessionRecord, 'code' | 'meaning' | 'message'> {
  if (!code) return {};
  const entry = findError(code);
  return entry ? { code, meaning: entry.title, message: likelyMessage(entry) } : { code };
}

/**
 * The record of a session that has reached a resolution; undefined on any other screen. Every
 * command is in both forms (cmd and its PowerShell twin), whatever view was on screen.
 */
export function recordFromSession(session: Session): SessionRecord | undefined {
  const last = currentFrame(session);
  const context = contextOf(last);
  const content = resolutionOf(stepOf(last.snapshot), context.code ? findError(context.code) : undefined);
  if (!content) return undefined;
  const path: PathStep[] = [];
  const values: Record<string, string | number> = {};
  session.frames.forEach((frame, i) => {
    const next = session.frames[i + 1];
    if (!next) return;
    const step = stepOf(frame.snapshot);
    const asked = valuesOf(contextOf(frame));
    if (step.kind === 'question' && frame.picked !== undefined) {
      const option = step.options[frame.picked];
      if (option) path.push({ question: fill(step.title, asked), answer: fill(option.label, asked) });
    } else if (step.kind === 'input' && frame.typed !== undefined) {
      // The answer as validated (a repaired key, the code out of a pasted message), in the form
      // it would be typed: a KMS host keeps a port that is not the default.
      const answer = prefillFor(step.field, contextOf(next).answers) || frame.typed.trim();
      path.push({ question: fill(step.title, asked), answer });
      values[step.field] = answer;
    }
  });
  return {
    ...codePart(context.code),
    topic: last.flow,
    path,
    values,
    resolution: fillResolution(content, valuesOf(context), 'both'),
  };
}
