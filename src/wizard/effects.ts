// The wizard's dealings with the world, kept out of the session: when a key asks for a copy or
// a saved note, the session records the request; this watches for requests, does the work
// through injected functions (the real clipboard and disk in the runner, fakes in tests) and
// reports back, so the session shows what happened. Keys keep working meanwhile.

import { findError } from '../catalog/catalog.js';
import { copyAll, copyOne } from '../handover/clipboard/copy-text.js';
import type { CopyOutcome } from '../handover/clipboard/copy.js';
import { recordFromSession } from '../handover/note/record.js';
import type { SaveResult } from '../handover/note/save.js';
import { resolutionCommands } from './layout/content-blocks.js';
import { resolutionContent, templateValues } from './layout/build-screen.js';
import { currentContext, currentStep, type Effect, type Session } from './session.js';
import type { SessionActorRef } from './session-context.js';

/** How effects are carried out. */
export interface EffectDeps {
  copy(text: string, plural: boolean): Promise<CopyOutcome>;
  save(record: NonNullable<ReturnType<typeof recordFromSession>>): Promise<SaveResult>;
}

/** The commands of the resolution on screen, in screen order. */
function commandsOnScreen(session: Session) {
  const context = currentContext(session);
  const content = resolutionContent(currentStep(session), context.code ? findError(context.code) : undefined);
  return content ? resolutionCommands(content, templateValues(session), session.view) : [];
}

/** Does one effect and returns the sentence for the status line. */
export async function perform(effect: Effect, session: Session, deps: EffectDeps): Promise<string> {
  if (effect.kind === 'save') {
    const record = recordFromSession(session);
    if (!record) return 'Only a resolution can be saved as a note.';
    const saved = await deps.save(record);
    return saved.ok ? `Saved the note for the ticket: ${saved.path}` : saved.message;
  }
  const commands = commandsOnScreen(session);
  if (commands.length === 0) return 'This resolution has no command to copy.';
  const all = effect.kind === 'copy-all';
  const command = commands[Math.min(session.commandCursor, commands.length - 1)]!;
  const outcome = await deps.copy(all ? copyAll(commands) : copyOne(command), all);
  return outcome.hint ? `${outcome.message} (${outcome.hint})` : outcome.message;
}

/** Carries out every effect the session asks for; returns the function that stops watching. */
export function runEffects(actor: SessionActorRef, deps: EffectDeps): () => void {
  let handled = 0;
  const subscription = actor.subscribe((snapshot) => {
    const effect = snapshot.context.effect;
    if (!effect || effect.id <= handled) return;
    handled = effect.id;
    perform(effect, snapshot.context, deps)
      .catch((error: unknown) => `That did not work: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
      .then((notice) => actor.send({ type: 'EFFECT_DONE', id: effect.id, notice }));
  });
  return () => subscription.unsubscribe();
}
