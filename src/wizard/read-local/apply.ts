// What a read of this computer does to the session: its collected JSON is kept with the other
// collected output and answers every question it covers, now and as they come — each marked as
// read from this computer — or, when it failed, one sentence says what failed and the wizard
// goes on as before.

import type { LocalRun } from '../../collect/run-local.js';
import type { Reading } from '../../readers/reading.js';
import { loadedReaders } from '../readers-slot.js';
import { currentFrame, type Session } from '../session.js';

/** A finished run, with what the readers made of its JSON (read where the work is done, effect.ts). */
export interface LocalRunResult {
  run: LocalRun;
  /** The collected readings of the JSON (empty when the run failed). */
  readings: Reading[];
  /** Whether this computer is a KMS host, and its name, as its JSON says. */
  machine?: 'client' | 'kms-host';
  computer?: string;
}

const COLLECTED_HEADER = 'Answered from the collected output';

const PARTS: Record<string, string> = {
  Product: 'the Windows licence', Service: 'the licensing service', ComputerSystem: 'the computer\'s domain', Srv: 'the SRV record',
  Events: 'the activation events', W32tm: 'w32tm',
};

/** The notice of a read that answered: from where, what it could not read, what it answered. */
function readNotice(result: LocalRunResult, answered: string | undefined): string {
  const run = result.run as Extract<LocalRun, { ok: true }>;
  const lines = [`Read from this computer${result.computer ? ` (${result.computer})` : ''}, read-only${result.machine === 'kms-host' ? ', a KMS host' : ''}:`];
  for (const f of run.failures) lines.push(`· could not read ${PARTS[f.part] ?? f.part}: ${f.message}`);
  if (answered) lines.push(...answered.split('\n').slice(1));
  else if (result.readings.some((r) => r.code)) lines.push('· it does not answer this question: choose what fits; later questions it covers are answered as they come.');
  else lines.push('· it shows no error code: choose what you have to go on; later questions it covers are answered as they come.');
  return lines.join('\n');
}

/** The session after a run: answered from its JSON, or told what failed. */
export function applyLocalRun(s: Session, result: LocalRunResult): Session {
  const base: Session = { ...s, localRead: { ...s.localRead, running: undefined } };
  if (!result.run.ok) return { ...base, notice: `Could not read this computer: ${result.run.reason} Answer the questions as before.` };
  const read: Session = {
    ...base,
    readings: [...(s.readings ?? []), ...result.readings],
    localRead: {
      ...base.localRead, ...(result.machine ? { machine: result.machine } : {}), ...(result.computer ? { computer: result.computer } : {}),
      readings: (s.localRead?.readings ?? 0) + result.readings.length,
    },
  };
  const readers = loadedReaders();
  // On the first screen, a read that names an error code starts at that code, as --from does.
  const code = result.readings.find((r) => r.code)?.code;
  const first = s.frames.length === 1 && currentFrame(s).flow === 'triage';
  if (first && code && readers && result.run.ok) {
    const started = readers.startWith({ size: s.size, code, output: result.run.json });
    const answered = started.notice?.startsWith(COLLECTED_HEADER) ? started.notice : undefined;
    // Every key of the session it replaces is set: the session machine's assign merges, so a key
    // left out would keep its old value (the finished effect, say).
    return {
      ...started, view: s.view, localRead: read.localRead, notice: readNotice(result, answered),
      effect: undefined, effectsAsked: s.effectsAsked, pending: undefined, error: undefined, keysOpen: undefined, restartArmed: undefined,
    };
  }
  const after = readers?.autoAnswer(read) ?? read;
  const answered = after !== read && after.notice?.startsWith(COLLECTED_HEADER) ? after.notice : undefined;
  return { ...after, notice: readNotice(result, answered) };
}

/**
 * Collected output answers later questions as they come, with a generic notice; where every
 * reading kept is this computer's, it says so.
 */
export function markLocal(s: Session): Session {
  const computer = s.localRead?.computer;
  if (!s.localRead?.machine || !s.notice?.startsWith(COLLECTED_HEADER)) return s;
  // Output pasted as well: the notice cannot tell which one answered.
  if ((s.readings?.length ?? 0) !== (s.localRead.readings ?? 0)) return s;
  return { ...s, notice: s.notice.replace(COLLECTED_HEADER, `Read from this computer${computer ? ` (${computer})` : ''}`) };
}
