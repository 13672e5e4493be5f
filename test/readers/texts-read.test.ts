// Issue 15, items 4–6: texts Windows prints that the readers did not recognise — slmgr's
// non-genuine sentence, an event's text without its header ("Error details"), and SRV answers in
// two real forms (record lines without their header; Resolve-DnsName's lone SOA).

import { describe, expect, it } from 'vitest';
import { questionsAnswered } from '../../src/commands/parse-questions.js';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { variant } from './fixtures.js';

describe('item 4: slmgr\'s non-genuine sentence stands for 0xC004F200', () => {
  it('after "Error: " as slmgr /ato prints it', () => {
    const reading = readOutput(variant('ato-not-genuine.txt'));
    expect(reading).toMatchObject({ kind: 'slmgr-ato', code: '0xC004F200', facts: { licenseStatus: 'notification', notificationReason: '0xC004F200' } });
    expect(answerFromOutput('error-code', reading, {})).toMatchObject({ ok: true, values: { errorCode: '0xC004F200' } });
    expect(answerFromOutput('grace-code', reading, {})).toMatchObject({ ok: true, event: 'F200' });
  });

  it('alone, as the issue quotes it', () => {
    const reading = readOutput("Windows is running within the non-genuine notification period. Run 'slui.exe' to go online and validate Windows.");
    expect(reading.code).toBe('0xC004F200');
    expect(questionsAnswered(reading)).toContain('triage.askCode');
  });
});

describe('item 5: an event\'s text copied without its header', () => {
  const reading = () => readOutput(variant('event-error-details-12290.txt'));

  it('reads the codes it names, the inner one (the KMS host\'s answer) first', () => {
    expect(reading()).toMatchObject({ kind: 'error-details', code: '0xC004F042', facts: { codes: ['0xC004F042', '0xC004F015'], errorSymbols: ['SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH'] } });
  });

  it('answers the code question with the inner code', () => {
    expect(answerFromOutput('error-code', reading(), {})).toMatchObject({ ok: true, values: { errorCode: '0xC004F042' } });
  });

  it('copied with its header, it is the KMS host\'s 12290 whose answer is the inner code', () => {
    const headed = readOutput(variant('event-error-details-12290-header.txt'));
    expect(headed).toMatchObject({ kind: 'event', code: '0xC004F042', facts: { side: 'host', events: [{ id: 12290, result: '0xC004F042', codes: ['0xC004F042', '0xC004F015'] }] } });
    // At the client's events question it points to "the host cannot activate it" (0xC004F042).
    expect(answerFromOutput('client-events', headed, {})).toMatchObject({ ok: false, lead: { from: 'host', event: 'HOST_KEY', code: '0xC004F042' } });
  });
});

describe('item 6: SRV answers in two real forms', () => {
  it('nslookup\'s record lines without the "SRV service location:" line are a record', () => {
    const reading = readOutput(variant('nslookup-srv-no-header.txt'));
    expect(reading).toMatchObject({ kind: 'nslookup-srv', facts: { srvStatus: 'found', srvRecords: [{ target: 'kms-server.contoso.com', port: 1688, priority: 0, weight: 0 }] } });
    expect(answerFromOutput('srv-lookup', reading, {})).toMatchObject({ ok: true, event: 'RECORDS' });
    expect(answerFromOutput('srv-record-port', reading, {})).toMatchObject({ ok: true, values: { port: 1688 } });
  });

  it('the same lines indented, as nslookup prints them', () => {
    const text = variant('nslookup-srv-no-header.txt').replace(/^(priority|weight|port|svr hostname)/gm, '          $1');
    expect(readOutput(text).facts.srvRecords).toEqual([{ target: 'kms-server.contoso.com', port: 1688, priority: 0, weight: 0 }]);
  });

  it('Resolve-DnsName\'s lone SOA in the authority section is "no record", not "no answer"', () => {
    const reading = readOutput(variant('resolve-dnsname-srv-soa-only.txt'));
    expect(reading).toMatchObject({ kind: 'resolve-dnsname-srv', facts: { srvStatus: 'none', srvName: '_vlmcs._tcp.corp.contoso.com' } });
    expect(answerFromOutput('srv-lookup', reading, { domain: 'corp.contoso.com' })).toMatchObject({ ok: true, event: 'NONE' });
  });

  it('an SOA asked for (Resolve-DnsName -Type SOA, nslookup -type=soa) is no SRV answer', () => {
    const soa = variant('resolve-dnsname-srv-soa-only.txt').replace('-Type SRV _vlmcs._tcp.corp.contoso.com', '-Type SOA corp.contoso.com').replace('Authority', 'Answer   ');
    expect(readOutput(soa).facts.srvStatus).toBeUndefined();
    const nslookupSoa = 'C:\\>nslookup -type=soa corp.contoso.com 10.0.0.10\nServer:  dc01.corp.contoso.com\nAddress:  10.0.0.10\n\ncorp.contoso.com\n        primary name server = dc01.corp.contoso.com\n        responsible mail addr = hostmaster.corp.contoso.com\n        serial  = 120\n';
    expect(readOutput(nslookupSoa).facts.srvStatus).toBeUndefined();
  });
});
