// Pasting kms-doctor collect's JSON answers every question it covers at once; the wizard then
// asks only what is left. Walked through the real flows, with the technician answering the
// rest, so the count of questions with and without a paste can be read off.

import { describe, expect, it } from 'vitest';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { autoWalk } from '../support/reads-steps.js';
import { variant } from './fixtures.js';

const client = readOutput(variant('collect-client.json'));
const host = readOutput(variant('collect-host.json'));
const both = readOutput(`${variant('collect-client.json')}\n${variant('collect-host.json')}`);

const by = (steps: { id: string; by: string }[], who: string) => steps.filter((s) => s.by === who).map((s) => s.id);

describe('collected JSON walks the wizard', () => {
  it('0xC004F074 from the start screen: the paste answers the code, the events, the host and the port test', () => {
    const walk = autoWalk('triage', {}, [both], {
      'triage.start': 'CODE', 'port-1688.closed': 'RUNNING', 'port-1688.firewall': 'ENABLED',
    });
    expect(walk.steps.map((s) => s.id)).toEqual([
      'triage.start', 'triage.askCode', 'kms-contact.events', 'port-1688.askHost', 'port-1688.testPort', 'port-1688.closed',
      'port-1688.firewall', 'port-1688.listening',
    ]);
    expect(by(walk.steps, 'technician')).toEqual(['triage.start', 'port-1688.closed', 'port-1688.firewall']);
    expect(walk).toMatchObject({ end: 'port-1688.pathBlocked', stopped: false });
  });

  it('0x8007232B: the domain, the lookup and the record come from the client\'s JSON', () => {
    const walk = autoWalk('dns-srv', { code: '0x8007232B' }, [client]);
    expect(by(walk.steps, 'paste')).toEqual(['dns-srv.askDomain', 'dns-srv.lookup', 'dns-srv.recordHost', 'dns-srv.recordPort']);
    // Whether kms01 is still the KMS host is for the technician to say.
    expect(walk).toMatchObject({ end: 'dns-srv.recordRight', stopped: true });
  });

  it('0xC004F06C: both machines\' UTC times give the difference; the clock is the cause', () => {
    const walk = autoWalk('clock-skew', { code: '0xC004F06C' }, [both], { 'clock-skew.measure': 'BY_HAND', 'clock-skew.whichWrong': 'HOST' });
    expect(by(walk.steps, 'paste')).toEqual(['clock-skew.askHost', 'clock-skew.askClientTime', 'clock-skew.askHostTime']);
    // Which clock is wrong needs a clock the technician trusts: it is theirs to say.
    expect(by(walk.steps, 'technician')).toEqual(['clock-skew.measure', 'clock-skew.whichWrong']);
    expect(walk.end).toBe('clock-skew.fixHostClock');
  });

  it('0xC004F038: the host\'s count, the client\'s product and the clones\' shared CMID', () => {
    const walk = autoWalk('kms-count', { code: '0xC004F038' }, [client, host], { 'kms-count.below': 'STUCK' });
    expect(walk.steps).toEqual([
      { id: 'kms-count.askCount', by: 'paste' },
      { id: 'kms-count.askProduct', by: 'paste' },
      { id: 'kms-count.below', by: 'technician' },
      { id: 'kms-count.compareIds', by: 'paste' },
      { id: 'kms-count.generalized', by: 'technician' },
    ]);
    expect(walk.stopped).toBe(true);
  });

  it('without a paste the technician answers every one of those questions', () => {
    const nothing = readOutput('');
    const walk = autoWalk('dns-srv', { code: '0x8007232B' }, [nothing]);
    expect(walk.steps).toEqual([{ id: 'dns-srv.askDomain', by: 'technician' }]);
    expect(walk.stopped).toBe(true);
  });
});
