// Each signal a rule decides on, pasted on its own: a rule must not need a second line that only
// happens to come with the first in the samples. Test-NetConnection's WARNING lines (English in
// every Windows, as facts.md §3.3 samples show) and its property lines, each alone.

import { describe, expect, it } from 'vitest';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';

const tcpAnswer = (text: string, answers = {}) => answerFromOutput('tcp-test', readOutput(text), answers);

describe('Test-NetConnection, each signal alone', () => {
  it('"WARNING: TCP connect to … failed" alone: the port is closed', () => {
    const reading = readOutput('WARNING: TCP connect to (10.0.0.21 : 1688) failed');
    expect({ kind: reading.kind, tcp: reading.facts.tcp }).toEqual({ kind: 'test-netconnection', tcp: { succeeded: false, port: 1688, address: '10.0.0.21', nameResolved: true } });
    expect(tcpAnswer('WARNING: TCP connect to (10.0.0.21 : 1688) failed')).toEqual({ ok: true, event: 'CLOSED', facts: ['TcpTestSucceeded : False (10.0.0.21 port 1688)'] });
  });

  it('the TCP warning without brackets', () => {
    expect(readOutput('WARNING: TCP connect to 10.0.0.21:1690 failed').facts.tcp).toEqual({ succeeded: false, port: 1690, address: '10.0.0.21', nameResolved: true });
  });

  it('"WARNING: Name resolution of … failed" alone: the name does not resolve', () => {
    const text = 'WARNING: Name resolution of kms01.corp.contoso.com failed';
    expect(readOutput(text).facts.tcp).toEqual({ nameResolved: false, host: 'kms01.corp.contoso.com' });
    expect(tcpAnswer(text)).toEqual({ ok: true, event: 'NO_NAME', facts: ['kms01.corp.contoso.com does not resolve'] });
  });

  it('"TcpTestSucceeded : False" with only its port: closed; "True": open', () => {
    expect(tcpAnswer('RemotePort       : 1688\r\nTcpTestSucceeded : False')).toEqual({ ok: true, event: 'CLOSED', facts: ['TcpTestSucceeded : False (the host port 1688)'] });
    expect(tcpAnswer('RemotePort       : 1688\r\nTcpTestSucceeded : True')).toEqual({ ok: true, event: 'OPEN', facts: ['TcpTestSucceeded : True (the host port 1688)'] });
  });

  it('the property lines without TcpTestSucceeded answer nothing', () => {
    const text = 'ComputerName     : kms01.corp.contoso.com\r\nRemoteAddress    : 10.0.0.21\r\nRemotePort       : 1688';
    expect(readOutput(text).facts.tcp).toEqual({ host: 'kms01.corp.contoso.com', address: '10.0.0.21', port: 1688, nameResolved: true });
    expect(tcpAnswer(text).ok).toBe(false);
  });

  it('a test of another port or another host is refused, not taken for the asked one', () => {
    const text = 'ComputerName     : kms02.corp.contoso.com\r\nRemoteAddress    : 10.0.0.22\r\nRemotePort       : 1690\r\nTcpTestSucceeded : True';
    expect(tcpAnswer(text, { kmsHost: 'kms01.corp.contoso.com' })).toEqual({
      ok: false, message: 'This is Test-NetConnection to kms02.corp.contoso.com port 1690; the question is about kms01.corp.contoso.com. Run Test-NetConnection kms01.corp.contoso.com -Port 1688.',
    });
    expect(tcpAnswer(text, { kmsHost: 'kms02.corp.contoso.com', port: 1688 })).toEqual({
      ok: false, message: 'This tests port 1690; the question is about port 1688. Run the test with -Port 1688.',
    });
  });
});
