// Two verdicts at their edges, written out: an error with a full stop inside but not at its end
// still gets one, and records that all name no usable host say so.

import { describe, expect, it } from 'vitest';
import type { CheckFindings, SrvResult } from '../../src/checks/report.js';
import { judge } from '../../src/checks/verdict.js';

const NAME = '_vlmcs._tcp.corp.test';
const findings = (srv: SrvResult): CheckFindings => ({
  domain: 'corp.test', dnsServer: '10.0.0.10', from: { computer: 'ws-042', dnsServers: ['10.0.0.10'] }, srv, host: null, tcp: [], deadlineReached: false, stepSeconds: 3,
});

describe('judge at the edges', () => {
  it('an error with a full stop only inside it is ended with one', () => {
    const srv: SrvResult = { name: NAME, status: 'failed', records: [], recordsNotTested: 0, error: 'the lookup failed (ESERVFAIL at 10.0.0.10)', reason: 'other' };
    expect(judge(findings(srv)).verdict).toBe('The DNS server 10.0.0.10 could not answer the lookup of _vlmcs._tcp.corp.test: the lookup failed (ESERVFAIL at 10.0.0.10).');
  });

  it('records that all name no usable host: "names no host a client can use", a problem', () => {
    const srv: SrvResult = {
      name: NAME, status: 'found', recordsNotTested: 0, error: null, reason: null,
      records: [{ target: '.', port: 0, priority: 0, weight: 0, addresses: [], addressError: null, unusable: 'no-service' }],
    };
    const j = judge(findings(srv));
    expect(j.verdict.startsWith('DNS has a _vlmcs._tcp.corp.test record, but it names no host a client can use. ')).toBe(true);
    expect(j.problem).toBe(true);
  });
});
