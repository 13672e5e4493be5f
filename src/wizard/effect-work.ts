// The work behind the wizard's effects (effects.ts): what `c`, `a` and `s` copy and save, and
// how a live check's result reads as the step's answer. Loaded on the first effect.

import { findError } from '../catalog/catalog.js';
import { copyAll, copyOne } from '../handover/clipboard/copy-text.js';
import { recordFromSession } from '../handover/note/record.js';
import { probeAnswer } from '../checks/probe-answers.js';
import type { CopyOutcome } from '../handover/clipboard/copy.js';
import type { EffectDeps, Outcome } from './effects.js';
import { resolutionCommands } from './layout/resolution-blocks.js';
import { templateValues } from './layout/build-screen.js';
import { resolutionContent } from './resolution-content.js';
import { answerWords } from './pending.js';
import { readThisComputer } from './read-local/effect.js';
import { currentContext, currentFrame, currentStep, type Effect, type Session } from './session.js';

/** The id of a flow state as probe-answers.ts names it ("lookup", "publish.check"). */
const stateId = (value: unknown): string =>
  typeof value === 'string' ? value : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}.${stateId(v)}`).join('');

/**
 * Runs the current step's live check and reads what it found; what it would answer waits for
 * the technician's Enter (it ran on this computer, not on the client).
 */
async function runProbeEffect(session: Session, deps: EffectDeps): Promise<Outcome> {
  const step = currentStep(session);
  if ((step.kind !== 'question' && step.kind !== 'input') || !step.probe) return { notice: 'This screen has nothing to check.' };
  const frame = currentFrame(session);
  const result = await deps.probe(step.probe, currentContext(session).answers);
  if (result.status === 'missing') return { notice: result.message };
  const found = probeAnswer(frame.flow, stateId(frame.snapshot.value), result);
  const facts = found?.facts.length ? found.facts : ['nothing that answers this'];
  const lines = [`${result.from}:`, ...facts.map((f) => `· ${f}`)];
  const answer = found && (found.event || found.value !== undefined) ? { ...(found.event ? { event: found.event } : {}), ...(found.value !== undefined ? { value: found.value } : {}) } : undefined;
  const words = answer ? answerWords(session, answer) : undefined;
  if (!answer || !words) return { notice: [...lines, 'That does not decide it: choose what fits.'].join('\n') };
  return { notice: '', proposal: { lines: [...lines, `So: ${words}`], answer, takes: "take it as the client's answer" } };
}

/** The commands of the resolution on screen, in screen order. */
function commandsOnScreen(session: Session) {
  const context = currentContext(session);
  const content = resolutionContent(currentStep(session), context.code ? findError(context.code) : undefined);
  return content ? resolutionCommands(content, templateValues(session), session.view) : [];
}

/** The status after a copy or a save: one line that names what was done. */
function copyStatus(outcome: CopyOutcome, what: string): string {
  if (outcome.status === 'copied') return `Copied: ${what}`;
  if (outcome.status === 'sent-osc52') return `Sent to your terminal (OSC 52; it cannot confirm)${outcome.hint ? ` — ${outcome.hint}` : ''}: ${what}`;
  return outcome.message;
}

/** Does one effect and says how it went. */
export async function perform(effect: Effect, session: Session, deps: EffectDeps, signal?: AbortSignal): Promise<Outcome> {
  if (effect.kind === 'probe') return runProbeEffect(session, deps);
  if (effect.kind === 'read-local') {
    const side = session.localRead?.running;
    if (!side || !deps.readLocal) return { notice: 'This computer cannot be read here.' };
    return { notice: '', localRun: await readThisComputer(side, deps.readLocal, signal ?? new AbortController().signal) };
  }
  if (effect.kind === 'save') {
    const record = recordFromSession(session);
    if (!record) return { notice: 'Only a resolution can be saved as a note.' };
    const saved = await deps.save(record);
    return { notice: saved.ok ? `Saved: ${saved.path}` : saved.message };
  }
  const commands = commandsOnScreen(session);
  if (commands.length === 0) return { notice: 'This resolution has no command to copy.' };
  const all = effect.kind === 'copy-all';
  const command = commands[Math.min(session.commandCursor, commands.length - 1)]!;
  const outcome = await deps.copy(all ? copyAll(commands) : copyOne(command), all);
  return { notice: copyStatus(outcome, all ? `all ${commands.length} commands, each under its label` : command.text) };
}
