// The wizard's dealings with the world, kept out of the session: when a key asks for a copy, a
// saved note or a live check, the session records the request; this watches for requests, does
// the work through injected functions (the real clipboard, disk and network in the runner,
// fakes in tests) and reports back, so the session shows what happened. Keys keep working
// meanwhile. The work itself (effect-work.ts) is loaded on the first request: a technician who
// never copies or saves does not pay for it at start.

import type { CopyOutcome } from '../handover/clipboard/copy.js';
import type { SessionRecord } from '../handover/note/record.js';
import type { SaveResult } from '../handover/note/save.js';
import type { ProbeResult } from '../checks/probe.js';
import type { Answers } from '../../flows/lib/context.js';
import type { Probe } from '../../flows/step.js';
import type { PendingAnswer } from './session.js';
import type { SessionActorRef } from './session-context.js';
import type { LocalRunResult } from './read-local/apply.js';
import type { ReadLocal } from './read-local/effect.js';

/** How effects are carried out. */
export interface EffectDeps {
  copy(text: string, plural: boolean): Promise<CopyOutcome>;
  save(record: SessionRecord): Promise<SaveResult>;
  /** Runs a live check with the answers so far (checks/probe.ts runProbe in the runner). */
  probe(probe: Probe, answers: Answers): Promise<ProbeResult>;
  /** Reads this computer with PowerShell (collect/run-local.ts runLocal in the runner). */
  readLocal?: ReadLocal;
}

/** What an effect reports: the sentence for the status line, or an answer it found, to be confirmed. */
export interface Outcome {
  notice: string;
  proposal?: PendingAnswer;
  /** What reading this computer gave (read-local/apply.ts applies it). */
  localRun?: LocalRunResult;
}

/** Carries out every effect the session asks for; returns the function that stops watching. */
export function runEffects(actor: SessionActorRef, deps: EffectDeps): () => void {
  let handled = 0;
  // Work under way, by effect id: a request the session dropped (Esc while reading this
  // computer) is stopped.
  const running = new Map<number, AbortController>();
  const subscription = actor.subscribe((snapshot) => {
    const effect = snapshot.context.effect;
    for (const [id, controller] of running) if (effect?.id !== id) (controller.abort(), running.delete(id));
    if (!effect || effect.id <= handled) return;
    handled = effect.id;
    const controller = new AbortController();
    running.set(effect.id, controller);
    import('./effect-work.js')
      .then(({ perform }) => perform(effect, snapshot.context, deps, controller.signal))
      .catch((error: unknown): Outcome => ({ notice: `That did not work: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }))
      .then(({ notice, proposal, localRun }) => {
        running.delete(effect.id);
        actor.send({ type: 'EFFECT_DONE', id: effect.id, notice, ...(proposal ? { proposal } : {}), ...(localRun ? { localRun } : {}) });
      });
  });
  return () => subscription.unsubscribe();
}
