// The judgement of a live check, branch by branch, each verdict written out: what DNS said (one
// host, several, more than three, records left untested, no record of that type, no such name, no
// answer, a failure), what each connection did (no address, refused, no answer in time, another
// failure, open), one host failing of several, the time running out, nothing checked.

import { describe, expect, it } from 'vitest';
import type { CheckFindings, SrvResult, TcpResult } from '../../src/checks/report.js';
import { judge } from '../../src/checks/verdict.js';

const NAME = '_vlmcs._tcp.corp.test';
const findings = (extra: Partial<CheckFindings>): CheckFindings => ({
  domain: 'corp.test', dnsServer: '10.0.0.10', from: { computer: 'ws-042', dnsServers: ['10.0.0.10'] }, srv: null, host: null, tcp: [],
  deadlineReached: false, stepSeconds: 3, ...extra,
});
const found = (targets: string[], recordsNotTested = 0): SrvResult => ({
  name: NAME, status: 'found', recordsNotTested, error: null, reason: null,
  records: targets.map((target) => ({ target, port: 1688, priority: 0, weight: 0, addresses: [], addressError: null })),
});
const lookup = (status: SrvResult['status'], reason: SrvResult['reason'], error: string | null = null): SrvResult => ({ name: NAME, status, records: [], recordsNotTested: 0, error, reason });
const row = (host: string, status: TcpResult['status'], error: string | null = null): TcpResult => ({ host, address: '10.0.0.1', port: 1688, status, ms: 1, error, source: 'srv' });

const OPEN_NOTE = 'That shows the port is open from here, not that KMS answers: the check sends nothing on it.';
const REFUSED = (host: string) => `${host}:1688 refuses the connection: the host is there but nothing listens on port 1688 (the Software Protection service stopped, or KMS listens on another port).`;

describe('judge: what DNS said', () => {
  it.each([
    ['one record', found(['kms01.corp.test']), 'DNS names one KMS host for corp.test: kms01.corp.test:1688.'],
    ['three records', found(['a', 'b', 'c']), 'DNS names 3 KMS hosts for corp.test: a:1688, b:1688, c:1688.'],
    ['four records, two more not tested', found(['a', 'b', 'c', 'd'], 2), 'DNS names 4 KMS hosts for corp.test: a:1688, b:1688, c:1688 and 1 more (2 more records were not tested).'],
  ])('%s: no problem', (_, srv, verdict) => {
    expect(judge(findings({ srv }))).toEqual({ verdict, code: null, problem: false });
  });

  it.each([
    ['the name exists without an SRV record', lookup('none', 'nodata'), 'DNS has no _vlmcs._tcp.corp.test record, so a client that looks for its KMS host in corp.test finds none.', '0x8007251D'],
    ['no such name', lookup('none', 'nxdomain'), 'DNS has no _vlmcs._tcp.corp.test record, so a client that looks for its KMS host in corp.test finds none.', '0x8007232B'],
    ['no answer in time', lookup('timeout', 'timeout', 'No answer in 3 s'), 'The DNS server 10.0.0.10 did not answer the lookup of _vlmcs._tcp.corp.test: No answer in 3 s.', '0x8007232A'],
    ['a failure that ends its own sentence', lookup('failed', 'servfail', 'The server failed.'), 'The DNS server 10.0.0.10 could not answer the lookup of _vlmcs._tcp.corp.test: The server failed.', '0x8007232A'],
  ])('%s: a problem, with its code', (_, srv, verdict, code) => {
    expect(judge(findings({ srv }))).toEqual({ verdict, code, problem: true });
  });

  it('without a DNS server given, "the DNS server this computer uses"', () => {
    expect(judge(findings({ dnsServer: null, srv: lookup('failed', 'refused', 'Refused') })).verdict)
      .toBe('The DNS server this computer uses could not answer the lookup of _vlmcs._tcp.corp.test: Refused.');
  });

  it('an SRV result without a domain says nothing of DNS', () => {
    expect(judge(findings({ domain: null, srv: found(['a']) }))).toEqual({ verdict: 'Nothing was checked.', code: null, problem: false });
  });
});

describe('judge: what each connection did', () => {
  it.each([
    ['no address', row('kms01', 'unresolved', 'No such name'), 'kms01 gives no address, so nothing could be tried: No such name.'],
    ['refused', row('kms01', 'refused'), REFUSED('kms01')],
    ['no answer in time', row('kms01', 'timeout'), 'kms01:1688 did not answer within 3 s: a firewall on the way or on the host drops the traffic, or the host is off.'],
    ['another failure', row('kms01', 'unreachable', 'Network is unreachable.'), 'kms01:1688 cannot be reached from this computer: Network is unreachable.'],
  ])('%s: no host answers, 0xC004F074', (_, tcp, verdict) => {
    expect(judge(findings({ tcp: [tcp] }))).toEqual({ verdict, code: '0xC004F074', problem: true });
  });

  it('one host open: it accepts, and that is all it shows', () => {
    expect(judge(findings({ tcp: [row('kms01', 'open')] }))).toEqual({ verdict: `kms01:1688 accepts a TCP connection. ${OPEN_NOTE}`, code: null, problem: false });
  });

  it('every host open', () => {
    expect(judge(findings({ tcp: [row('kms01', 'open'), row('kms02', 'open')] }))).toEqual({ verdict: `Every host accepts a TCP connection. ${OPEN_NOTE}`, code: null, problem: false });
  });

  it('one of three failing: a problem without a code, "the other hosts answer"', () => {
    expect(judge(findings({ tcp: [row('kms01', 'open'), row('kms02', 'open'), row('kms03', 'refused')] }))).toEqual({
      verdict: `${REFUSED('kms03')} The other hosts answer: a client tries the next host when one fails, but waits for each that does not answer.`, code: null, problem: true,
    });
  });

  it('a record found whose host does not answer: 0xC004F074', () => {
    expect(judge(findings({ srv: found(['kms01']), tcp: [row('kms01', 'refused')] }))).toEqual({
      verdict: `DNS names one KMS host for corp.test: kms01:1688. ${REFUSED('kms01')}`, code: '0xC004F074', problem: true,
    });
  });

  it('no record, and the host typed does not answer either: the DNS code comes first', () => {
    expect(judge(findings({ srv: lookup('none', 'nxdomain'), tcp: [row('kms01', 'refused')] })).code).toBe('0x8007232B');
  });
});

describe('judge: time and nothing', () => {
  it('the time ran out: said, and a problem only if something failed', () => {
    expect(judge(findings({ deadlineReached: true }))).toEqual({ verdict: "The whole check's time ran out before every step could finish.", code: null, problem: false });
    expect(judge(findings({ deadlineReached: true, tcp: [row('kms01', 'timeout')] })).verdict).toMatch(/off\. The whole check's time ran out before every step could finish\.$/);
  });

  it('nothing checked', () => {
    expect(judge(findings({}))).toEqual({ verdict: 'Nothing was checked.', code: null, problem: false });
  });
});
