// The readable report at two edges, written out: a record with port 0 says it was not tried, and
// a host with several addresses lists them all, comma-separated.

import { describe, expect, it } from 'vitest';
import { reportText } from '../../src/checks/report-text.js';
import type { CheckReport } from '../../src/checks/report.js';

const report = (extra: Partial<CheckReport>): CheckReport => ({
  domain: null, dnsServer: '10.0.0.10', from: { computer: 'ws-042', dnsServers: ['10.0.0.10'] }, srv: null, host: null, tcp: [],
  deadlineReached: false, stepSeconds: 3, verdict: 'V.', code: null, problem: false, ...extra,
});

describe('the readable report', () => {
  it('a record with port 0: its addresses, then "(port 0: not tried)"', () => {
    const text = reportText(report({
      srv: {
        name: '_vlmcs._tcp.corp.test', status: 'found', recordsNotTested: 0, error: null, reason: null,
        records: [{ target: 'kms01.corp.test', port: 0, priority: 0, weight: 0, addresses: ['10.0.0.21'], addressError: null, unusable: 'port-zero' }],
      },
    }), 100);
    expect(text).toContain('\nDNS  _vlmcs._tcp.corp.test: found, 1 record\n  priority  weight  port  target           addresses\n  0         0       0     kms01.corp.test  10.0.0.21 (port 0: not tried)\n');
  });

  it('a host with two addresses lists both', () => {
    const text = reportText(report({ host: { host: 'kms01.corp.test', port: 1688, addresses: ['10.0.0.21', 'fd00::21'], error: null, reason: null } }), 100);
    expect(text).toContain('\nHost kms01.corp.test:1688: 10.0.0.21, fd00::21\n');
  });
});
