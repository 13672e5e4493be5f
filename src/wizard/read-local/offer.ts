// Where the wizard offers "Read this computer (read-only)": only where kms-doctor may read the
// machine it runs on (on Windows, or with --powershell), on the first screen and on every
// question that collected output answers — and never for questions about another machine than
// this one. Before a read, this computer is taken for the client (kms-doctor on the failing PC);
// once read, its own JSON says whether it is a KMS host.

import type { CollectSide } from '../../readers/collect-names.js';
import { machineOfRule } from '../../collect/question-machine.js';
import type { InputStep, QuestionStep, Step } from '../../../flows/step.js';
import { currentFrame, type Session } from '../session.js';

/** Reading this computer: enabled by its presence in the session; what it showed and found. */
export interface LocalRead {
  /** --powershell PATH (run-local.ts finds one otherwise). */
  powershell?: string;
  /** The script is shown, waiting for Enter; which one. */
  preview?: CollectSide;
  /** A run is under way (its effect), of this script. */
  running?: CollectSide;
  /** What a read found this computer to be, and its name. */
  machine?: 'client' | 'kms-host';
  computer?: string;
  /** How many of the session's kept readings came from this computer. */
  readings?: number;
}

/** The choice's label. */
export const READ_LABEL = 'Read this computer (read-only)';

/** What the choice runs on this question: the client's script, or the KMS host's. */
export interface LocalOffer {
  label: string;
  side: CollectSide;
}

const isFirstScreen = (s: Session): boolean => s.frames.length === 1 && currentFrame(s).flow === 'triage';

/** The offer on `step` (a choice on a question, Ctrl+R in a field), or undefined where it is not offered. */
export function localOffer(s: Session, step: QuestionStep | InputStep): LocalOffer | undefined {
  const local = s.localRead;
  if (!local) return undefined;
  const machine = machineOfRule(step.reads);
  const self = local.machine ?? 'client';
  const host: LocalOffer = { label: READ_LABEL, side: 'host' };
  const client: LocalOffer = { label: READ_LABEL, side: 'client' };
  if (isFirstScreen(s)) return self === 'kms-host' ? host : client;
  if (machine === 'any') return self === 'kms-host' ? host : client;
  if (machine === 'client' && self === 'client') return client;
  if (machine === 'kms-host' && self === 'kms-host') return host;
  return undefined;
}

/** Why it is not offered here, once this computer was read and the question is about another machine. */
export function localNote(s: Session, step: Step): string | undefined {
  const local = s.localRead;
  if (!local?.machine || (step.kind !== 'question' && step.kind !== 'input')) return undefined;
  const machine = machineOfRule(step.reads);
  const name = local.computer ? ` (${local.computer})` : '';
  if (machine === 'kms-host' && local.machine === 'client') {
    return `This computer${name} is a KMS client; this question is about the KMS host, so it is not read from here (kms-doctor collect --host-side reads the host).`;
  }
  if (machine === 'client' && local.machine === 'kms-host') {
    return `This computer${name} is the KMS host; this question is about the client, so it is not read from here (kms-doctor collect reads a client).`;
  }
  return undefined;
}
