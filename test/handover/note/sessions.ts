// Sessions walked to a resolution with the pure session functions, as a technician would:
// options chosen by the start of their label, answers typed.

import { choose, currentStep, startSession, submit, type Session, type SessionEntry } from '../../../src/wizard/session.js';

/** A move: choose the option whose label starts with `pick`, or type `type`. */
export type Move = { pick: string } | { type: string };

/** Walks a session from `entry` through `moves`; throws when a move does not fit the screen. */
export function walkSession(entry: SessionEntry, moves: readonly Move[]): Session {
  let s = startSession(entry);
  for (const move of moves) {
    const step = currentStep(s);
    if ('type' in move) {
      if (step.kind !== 'input') throw new Error(`cannot type "${move.type}" on a ${step.kind} step`);
      s = submit(s, move.type);
    } else {
      const index = step.kind === 'question' ? step.options.findIndex((o) => o.label.startsWith(move.pick)) : -1;
      if (index < 0) throw new Error(`no option "${move.pick}" on ${JSON.stringify(step).slice(0, 300)}`);
      s = choose(s, index);
    }
    if (s.error) throw new Error(s.error);
  }
  return s;
}

/** 0x8007232B: no SRV record, the KMS host typed, publishing turned off (not on purpose). */
export const dnsPublishingOff = () =>
  walkSession({ code: '0x8007232B' }, [
    { type: 'corp.contoso.com' },
    { pick: 'No record' },
    { pick: 'Yes, there is a KMS host' },
    { type: 'kms01.corp.contoso.com' },
    { pick: 'DisableDnsPublishing is 0x1' },
    { pick: 'No: turn publishing back on' },
  ]);

/** A made-up MAK: well formed, in no table. */
export const MAK = 'BCDFG-HJKMP-QRTVW-XY234-6789B';

/** 0x80070490: a MAK typed (in lower case with em dashes), activated online. */
export const makOnline = () => walkSession({ code: '0x80070490' }, [{ type: MAK.toLowerCase().replaceAll('-', '\u2014') }, { pick: 'Online' }]);

/** The Windows 10/11 Pro KMS client setup key: published, so never masked. */
export const PRO_SETUP_KEY = 'W269N-WFGWX-YVC9B-4J6C9-T83GX';

/** No code: a setup key typed into "Check a key I have", and installed. */
export const setupKeyChecked = () =>
  walkSession({}, [
    { pick: 'Look up the KMS client setup key' },
    { pick: 'Check a key I have' },
    { type: PRO_SETUP_KEY },
    { pick: 'The machine runs that edition' },
  ]);
