// What `kms-doctor check` prints without --json, written out line by line: where it looked from,
// the SRV records (a table, records left untested, a record naming no host), the host typed, the
// connections, the verdict and the code. Names from DNS reach the terminal escaped.

import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/checks/report.js';
import { printable, reportText } from '../../src/checks/report-text.js';

const REPORT: CheckReport = {
  domain: 'corp.test', dnsServer: '10.0.0.10', from: { computer: 'ws-042', dnsServers: ['10.0.0.10'] },
  srv: {
    name: '_vlmcs._tcp.corp.test', status: 'found', recordsNotTested: 2, error: null, reason: null, records: [
      { target: 'kms01.corp.test', port: 1688, priority: 0, weight: 10, addresses: ['10.0.0.21', 'fd00::21'], addressError: null },
      { target: 'kms02.corp.test', port: 1690, priority: 10, weight: 0, addresses: [], addressError: 'the name does not exist (NXDOMAIN)' },
      { target: '', port: 0, priority: 0, weight: 0, addresses: [], addressError: 'the record names no host (".")' },
    ],
  },
  host: { host: 'kms09.corp.test', port: 1688, addresses: [], error: 'no answer', reason: 'timeout' },
  tcp: [
    { host: 'kms01.corp.test', address: '10.0.0.21', port: 1688, status: 'open', ms: 4, error: null, source: 'srv' },
    { host: 'kms02.corp.test', address: null, port: 1690, status: 'unresolved', ms: null, error: 'x', source: 'srv' },
  ],
  deadlineReached: false, stepSeconds: 3, verdict: 'Verdict text \u001B[2J here.', code: '0xC004F074', problem: true,
};

describe('reportText', () => {
  it('everything found, at 60 columns', () => {
    expect(reportText(REPORT, 60)).toBe([
      'Checked from ws-042, asking DNS server 10.0.0.10. A client',
      'elsewhere may get other answers.',
      '',
      'DNS  _vlmcs._tcp.corp.test: found, 3 records',
      '  priority  weight  port  target           addresses',
      '  0         10      1688  kms01.corp.test  10.0.0.21, fd00::21',
      '  10        0       1690  kms02.corp.test  no address: the name does not exist (NXDOMAIN)',
      '  0         0       0     .                no address: the record names no host (".")',
      '  … and 2 more records, not tested',
      '',
      'Host kms09.corp.test:1688: no address: no answer',
      '',
      'TCP (each connection opened and closed at once; nothing is sent)',
      '  kms01.corp.test:1688  10.0.0.21  open        4 ms',
      '  kms02.corp.test:1690  -          unresolved',
      '',
      'Verdict: Verdict text \\u001b[2J here.',
      'Code: 0xC004F074 (kms-doctor explain 0xC004F074 says what it means)',
      '',
    ].join('\n'));
  });

  it('no record, no DNS server configured, a host with an address, no connection, no code', () => {
    const report: CheckReport = {
      ...REPORT, dnsServer: null, tcp: [], code: null, verdict: 'No record.',
      srv: { name: '_vlmcs._tcp.corp.test', status: 'none', records: [], recordsNotTested: 0, error: 'the name does not exist (NXDOMAIN)', reason: 'nxdomain' },
      host: { host: 'kms01', port: 1688, addresses: ['10.0.0.1'], error: null, reason: null },
    };
    expect(reportText(report, 120)).toBe([
      'Checked from ws-042, asking DNS server (none configured). A client elsewhere may get other answers.',
      '',
      'DNS  _vlmcs._tcp.corp.test: none, the name does not exist (NXDOMAIN)',
      '',
      'Host kms01:1688: 10.0.0.1',
      '',
      'Verdict: No record.',
      '',
    ].join('\n'));
  });

  it('one record; neither SRV nor host looked up', () => {
    const one: CheckReport = { ...REPORT, host: null, tcp: [], code: null, verdict: 'One.', srv: { ...REPORT.srv!, recordsNotTested: 0, records: [REPORT.srv!.records[0]!] } };
    expect(reportText(one, 120).split('\n').slice(2, 6)).toEqual([
      'DNS  _vlmcs._tcp.corp.test: found, 1 record', '  priority  weight  port  target           addresses', '  0         10      1688  kms01.corp.test  10.0.0.21, fd00::21', '',
    ]);
    expect(reportText({ ...one, srv: null }, 120)).toBe('Checked from ws-042, asking DNS server 10.0.0.10. A client elsewhere may get other answers.\n\nVerdict: One.\n');
  });

  it('printable escapes C0 and C1 controls and DEL, bidi and invisible characters, and nothing else', () => {
    expect(printable('a\u0000b\u001Fc\u007Fd\u009Fe\u00A0f\u200Bg')).toBe('a\\u0000b\\u001fc\\u007fd\\u009fe\u00A0f\\u200bg');
    // A right-to-left override in a DNS name would show "kms01.corp" reversed after it.
    expect(printable('kms\u202E10.corp\u2066x\u2069')).toBe('kms\\u202e10.corp\\u2066x\\u2069');
    expect(printable('café-😀.corp')).toBe('café-😀.corp');
  });
});
