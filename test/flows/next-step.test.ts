// Issue 7, part 3: wherever a resolution says "now do X", X is offered as its next step, and
// taking it (followNext) continues with every answer carried over, never a fresh start.

import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import type { AnyMachineSnapshot } from 'xstate';
import {
  back, currentContext, currentFrame, currentStep, followNext, startSession, submit, type Session,
} from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowContext } from '../../flows/lib/context.js';
import { screenEvents } from '../support/flow-graph.js';
import { pick, sessionAt } from '../support/session-walk.js';
import { flowSteps, proseOf } from '../support/steps.js';

const titleOf = (s: Session) => {
  const step = currentStep(s);
  return 'title' in step ? step.title : step.kind;
};

describe('the dead end after event 12293 with another code (0x8007232B → domain → no record → host)', () => {
  const atPublishFailed = () => {
    let s = startSession({ code: '0x8007232B' });
    s = submit(s, 'corp.contoso.com');
    s = pick(s, 'No record');
    s = pick(s, 'Yes, there is a KMS host');
    s = submit(s, 'kms01.corp.contoso.com');
    return pick(s, 'Event 12293 with another code');
  };

  // The choice now comes before the end: which DNS server refused the update. Another server
  // than Windows DNS goes on to creating the record, with everything typed so far.
  it('asks which DNS server holds the zone, and offers creating the record for BIND or another', () => {
    const s = atPublishFailed();
    const step = currentStep(s);
    expect(step.kind).toBe('question');
    expect(step.kind === 'question' && step.options.map((o) => o.label)).toContain('BIND or another DNS server');
  });

  it('that choice continues in srv-create at the port, with the domain and host typed before', () => {
    const s = pick(atPublishFailed(), 'BIND or another DNS server');
    expect(currentFrame(s).flow).toBe('srv-create');
    expect(titleOf(s)).toBe('Which port does the KMS host listen on?');
    expect(currentContext(s).answers).toMatchObject({
      domain: 'corp.contoso.com', zone: 'corp.contoso.com', kmsHostFqdn: 'kms01.corp.contoso.com', kmsHost: 'kms01.corp.contoso.com',
    });
    // ...and the record it ends at is for that zone and host, nothing retyped.
    let t = submit(s, '');
    t = submit(t, '');
    t = pick(t, 'Windows DNS');
    expect(titleOf(t)).toBe('Create the SRV record on the Windows DNS server');
  });

  it('Back from srv-create returns to the question', () => {
    const s = back(pick(atPublishFailed(), 'BIND or another DNS server'));
    expect(titleOf(s)).toBe('Which DNS server holds {domain}?');
  });

  it('publishing turned off on purpose goes on to creating the record the same way', () => {
    let s = startSession({ code: '0x8007232B' });
    s = submit(s, 'corp.contoso.com');
    s = pick(pick(s, 'No record'), 'Yes, there is a KMS host');
    s = pick(pick(submit(s, 'kms01.corp.contoso.com'), 'DisableDnsPublishing is 0x1'), 'Yes: the record is kept by hand');
    expect(currentFrame(s).flow).toBe('srv-create');
    expect(currentContext(s).answers).toMatchObject({ zone: 'corp.contoso.com', kmsHostFqdn: 'kms01.corp.contoso.com' });
  });
});

describe('followNext', () => {
  it('does nothing where the screen offers no next step', () => {
    const s = startSession();
    expect(followNext(s)).toBe(s);
  });
});

describe('every resolution that says "now do X" offers X', () => {
  const START_AGAIN = /start kms-doctor|run kms-doctor|restart kms-doctor|kms-doctor again|kms-doctor:|kms-doctor keys|look (?:that|the) code up in/i;

  it('none tells the technician to start again and retype', () => {
    const wrong = flowSteps()
      .filter(({ step }) => step.kind === 'resolution' && !step.next)
      .filter(({ step }) => proseOf(step).some((t) => START_AGAIN.test(t)))
      .map(({ name }) => name);
    expect(wrong).toEqual([]);
  });

  it('the ends that used to say so offer a next step', () => {
    const withNext = new Set(flowSteps().filter(({ step }) => step.kind === 'resolution' && step.next).map(({ name }) => name));
    for (const name of [
      'dns-srv.staleRecord', 'dns-srv.currentRecord', 'triage.retailKeep', 'product-key.installSetupKey',
      'mak.makOnline', 'mak.blockedNoKey', 'kms-host.hostOnline', 'kms-host.compatGetKey', 'kms-host.compatInstall',
      'kms-host.compatNewHost', 'kms-host.hostNoKey', 'kms-host.vmLegacy', 'kms-host.limitMisused', 'license-store.rilc',
      'bios-marker.f035NoMak', 'procedures.m1Online', 'procedures.m2Online',
    ]) expect(withNext, name).toContain(name);
  });
});

describe('taking a next step', () => {
  it('leads to a new screen with every earlier answer kept, in every flow', () => {
    const problems: string[] = [];
    let taken = 0;
    for (const flow of Object.values(FLOWS)) {
      const paths = getShortestPaths(flow.machine, {
        events: screenEvents,
        serializeState: (s: AnyMachineSnapshot) => JSON.stringify(s.value),
        stopWhen: (s: AnyMachineSnapshot) => s.status === 'done',
      });
      for (const { state } of paths) {
        const before = sessionAt(flow.id, state);
        const step = currentStep(before);
        if (step.kind !== 'resolution' || !step.next) continue;
        const after = followNext(before);
        const name = `${flow.id} ${JSON.stringify(state.value)}`;
        taken += 1;
        if (after.frames.length !== before.frames.length + 1) problems.push(`${name}: followNext did not move on`);
        for (const [key, value] of Object.entries((state.context as FlowContext).answers)) {
          if (currentContext(after).answers[key] !== value) problems.push(`${name}: ${key} was not carried over`);
        }
      }
    }
    expect(taken).toBeGreaterThanOrEqual(20);
    expect(problems).toEqual([]);
  });
});
