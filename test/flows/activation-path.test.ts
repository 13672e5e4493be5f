// The shared online-or-phone activation (flows/lib/activation.ts), as the MAK path of the
// grace-period flow builds it: each step carries the commands it runs, in the order they are
// run; the call screen leads on to typing the confirmation ID; and someone who cannot tell
// whether the PC reaches the internet, or has the ID, is led on rather than left to guess.

import { describe, expect, it } from 'vitest';
import { resolveCommand } from '../../src/catalog/catalog.js';
import { currentStep, followNext, startSession, submit, type Session } from '../../src/wizard/session.js';
import { actionsOf, type ResolutionStep } from '../../flows/step.js';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { pick } from '../support/session-walk.js';

const CID = '112233 445566 778899 001122 334455 667788 990011 223344';

/** The resolution on screen; throws when the screen is another kind. */
function resolutionOf(s: Session): ResolutionStep {
  const step = currentStep(s);
  if (step.kind !== 'resolution') throw new Error(`not a resolution: ${step.kind}`);
  return step;
}

/** Each step's command texts (the option/placeholder text as written), in order. */
const stepCommands = (s: Session) => actionsOf(resolutionOf(s).steps).map((a) => a.commands.map((c) => resolveCommand(c).text));

const atReach = () => pick(startSession({ code: '0xC004F009' }), 'VOLUME_MAK');
const atPhone = () => pick(pick(atReach(), 'No: activate by phone'), 'Not yet');

describe('the activation path: steps carry their commands', () => {
  it('online: look, then activate, each command under its step, no list after the steps', () => {
    const s = pick(atReach(), 'Yes: activate online');
    expect(resolutionOf(s).commands ?? []).toEqual([]);
    expect(stepCommands(s)).toEqual([
      ['cscript //nologo %windir%\\system32\\slmgr.vbs /dlv'],
      ['cscript //nologo %windir%\\system32\\slmgr.vbs /ato'],
    ]);
  });

  it('by phone: the installation ID and the phone numbers under the steps that use them', () => {
    const s = atPhone();
    expect(resolutionOf(s).commands ?? []).toEqual([]);
    expect(stepCommands(s)).toEqual([
      ['cscript //nologo %windir%\\system32\\slmgr.vbs /dlv'],
      ['cscript //nologo %windir%\\system32\\slmgr.vbs /dti'],
      ['notepad %systemroot%\\system32\\sppui\\phone.inf'],
      [],
    ]);
  });

  it('the call screen leads on to typing the confirmation ID, then /atp under its step', () => {
    const typed = followNext(atPhone());
    expect(currentStep(typed)).toMatchObject({ kind: 'input', field: 'confirmationId' });
    const s = submit(typed, CID);
    expect(resolutionOf(s).commands ?? []).toEqual([]);
    expect(stepCommands(s)).toEqual([
      ['cscript //nologo %windir%\\system32\\slmgr.vbs /dti'],
      ['cscript //nologo %windir%\\system32\\slmgr.vbs /atp {confirmationId}'],
    ]);
  });
});

describe('the activation path: a way forward for someone who has not checked', () => {
  it('"can it reach the internet?" not checked: try online first, an error code leads on', () => {
    const s = pick(atReach(), NOT_CHECKED_LABEL);
    expect(resolutionOf(s).title).toBe('Activate the MAK (online)');
    expect(resolutionOf(s).next?.event).toBe('LOOK_UP_CODE');
  });

  it('"do you have the confirmation ID?" not sure: how to get one', () => {
    const s = pick(pick(atReach(), 'No: activate by phone'), NOT_CHECKED_LABEL);
    expect(resolutionOf(s).title).toBe('Activate the MAK (by phone)');
  });
});
