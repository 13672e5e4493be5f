// The answer rules: every step that names one has it; each real sample answers the question
// it belongs to; output that does not fit says what it is and what was expected; values that
// reach an answer passed the field's validator.

import { describe, expect, it } from 'vitest';
import { ANSWER_RULES, answerFromOutput, isRuleId } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import type { Reading } from '../../src/readers/reading.js';
import type { Answers } from '../../flows/lib/context.js';
import { readingSteps } from '../support/reads-steps.js';
import { sample, variant } from './fixtures.js';

const fromSample = (name: string): Reading => readOutput(sample(name));
const fromVariant = (name: string): Reading => readOutput(variant(name));

function answer(rule: string, reading: Reading | Reading[], answers: Answers = {}) {
  const result = answerFromOutput(rule, reading, answers);
  if (!result.ok) throw new Error(`${rule} refused: ${result.message}`);
  expect(result.facts.length).toBeGreaterThan(0);
  return result;
}

function refusal(rule: string, reading: Reading | Reading[], answers: Answers = {}): string {
  const result = answerFromOutput(rule, reading, answers);
  if (result.ok) throw new Error(`${rule} answered ${JSON.stringify(result)}`);
  return result.message;
}

describe('steps and rules', () => {
  const steps = readingSteps();

  it('every step that reads output names a rule that exists', () => {
    expect(steps.length).toBeGreaterThan(30);
    expect(steps.filter((s) => !isRuleId(s.rule)).map((s) => `${s.id}: ${s.rule}`)).toEqual([]);
  });

  it('every rule is named by at least one step', () => {
    const used = new Set(steps.map((s) => s.rule));
    expect(Object.keys(ANSWER_RULES).filter((id) => !used.has(id))).toEqual([]);
  });

  it('a rule answers a question with one of its options and an input with its own field', () => {
    const everything = [
      ...['dli-kms-client-1.txt', 'dli-kms-host-1.txt', 'nslookup-srv-found-1.txt', 'w32tm-stripchart-offset-1.txt', 'event-12288-client-1.txt',
        'test-netconnection-1688-ok-1.txt', 'dlv-kms-client-error-1.txt'].map(fromSample),
      ...['collect-client.json', 'collect-host.json', 'ato-success-skms.txt', 'event-12293-denied.txt', 'w32tm-status-cmos.txt'].map(fromVariant),
    ];
    let answered = 0;
    for (const { id, rule, step } of steps) {
      const result = answerFromOutput(rule, everything, {});
      if (!result.ok) continue;
      answered += 1;
      if (step.kind === 'question') expect(step.options.map((o) => o.event), id).toContain(result.event);
      else expect(Object.keys(result.values ?? {}), id).toContain(step.field);
    }
    expect(answered).toBeGreaterThan(20);
  });
});

describe('each real sample answers its question', () => {
  it('slmgr /ato errors give the code, through the errorCode field', () => {
    expect(answer('error-code', fromSample('ato-error-0x8007232b-1.txt')).values).toMatchObject({ errorCode: '0x8007232B' });
    expect(answer('error-code', fromSample('ato-error-0xc004f074-en-1.txt')).values).toMatchObject({ errorCode: '0xC004F074' });
    expect(answer('error-code', fromSample('ato-error-0xc004f074-wrapped-1.txt')).values).toMatchObject({ errorCode: '0xC004F074' });
    expect(answer('store-code', fromSample('ato-error-0xc004e015-1.txt')).event).toBe('E015');
    expect(answer('ato-hardware', fromSample('ato-error-0xc004f074-en-1.txt')).event).toBe('UNREACHED');
    expect(answer('ato-hardware', fromSample('ato-error-0x8007232b-1.txt')).event).toBe('OTHER');
    expect(answer('ato-grace', fromSample('ato-error-0x8007232b-1.txt')).event).toBe('ERROR');
  });

  it('the wrapped transcript names the host set by /skms', () => {
    expect(answer('client-kms-host', fromSample('ato-error-0xc004f074-wrapped-1.txt')).values)
      .toMatchObject({ kmsHost: 'external.kms.ospl.offseclabs.com', port: 1688 });
  });

  it('slmgr /dli of a KMS client: its channel, its host, its product', () => {
    const dli = fromSample('dli-kms-client-1.txt');
    expect(answer('channel', dli).event).toBe('KMS_CLIENT');
    expect(answer('channel-kms-client', dli).event).toBe('KMS_CLIENT');
    expect(answer('client-kms-host', dli).values).toMatchObject({ kmsHost: 'emeronb10-rc3.sppvltest.net', port: 1688, kmsHostPort: 'emeronb10-rc3.sppvltest.net:1688' });
    expect(answer('client-product', dli).event).toBe('CLIENT');
  });

  it('slmgr /dli of a KMS host: count, port, status', () => {
    const dli = fromSample('dli-kms-host-1.txt');
    expect(answer('kms-count', dli).values).toMatchObject({ kmsCount: 2 });
    expect(answer('host-listening-port', dli, { kmsHost: 'kms01' }).values).toMatchObject({ listenPort: 1688, port: 1688, kmsHostPort: 'kms01:1688' });
    expect(answer('host-port', dli).values).toMatchObject({ port: 1688 });
    expect(answer('host-status', dli).event).toBe('LICENSED');
    expect(answer('channel', dli).event).toBe('KMS_HOST');
  });

  it('slmgr /dlv of a client that never reached its host', () => {
    const dlv = fromSample('dlv-kms-client-error-1.txt');
    expect(answer('error-code', dlv).values).toMatchObject({ errorCode: '0xC004F00F' });
    expect(answer('channel-hardware', dlv).event).toBe('KMS_CLIENT');
    expect(answer('client-product', dlv).event).toBe('SERVER');
    expect(answer('key-kind', dlv).event).toBe('KMS');
  });

  it('event 12288 with 0xC004F06C points at the clock; 12290 shows one CMID', () => {
    expect(answer('client-events', fromSample('event-12288-client-1.txt')).event).toBe('CLOCK');
    expect(refusal('cmid-compare', fromSample('event-12290-host-1.txt'))).toContain('one CMID (36f27b39-2fd5-440b-be67-a09996d27a38)');
  });

  it('nslookup with a record: records, and the record\'s port', () => {
    const found = fromSample('nslookup-srv-found-1.txt');
    expect(answer('srv-lookup', found).event).toBe('RECORDS');
    expect(answer('srv-record-port', found).values).toMatchObject({ port: 1688 });
  });

  it('Test-NetConnection: open and closed', () => {
    expect(answer('tcp-test', fromSample('test-netconnection-1688-ok-1.txt')).event).toBe('OPEN');
    expect(answer('tcp-test', fromSample('test-netconnection-1688-fail-1.txt')).event).toBe('CLOSED');
  });

  it('w32tm /stripchart: samples, and the offset they give (w32tm\'s sign turned round)', () => {
    expect(answer('stripchart', fromSample('w32tm-stripchart-dataonly-1.txt')).event).toBe('SAMPLES');
    const offset = answer('clock-offset', fromSample('w32tm-stripchart-offset-1.txt'), { kmsHost: 'foo.my.domain' });
    expect(offset.values).toMatchObject({ skewDirection: 'behind', clockOffset: '10 min' });
    expect(offset.values!.skewSeconds).toBeCloseTo(-600, 0);
  });
});

describe('output that does not fit says what it is and what was expected', () => {
  it('a client\'s /dli where the host\'s count is asked', () => {
    expect(refusal('kms-count', fromSample('dli-kms-client-1.txt')))
      .toBe('This is slmgr /dli from a KMS client; paste the output of slmgr /dli on the KMS host ("Current count").');
  });

  it('a host\'s /dli where the client\'s product is asked', () => {
    expect(refusal('client-product', fromSample('dli-kms-host-1.txt'))).toMatch(/^This is slmgr \/dli from a KMS host; that is the KMS host itself/);
  });

  it('a port test of another host than the one asked about', () => {
    expect(refusal('tcp-test', fromSample('test-netconnection-1688-fail-1.txt'), { kmsHost: 'kms01.corp.contoso.com', port: 1688 }))
      .toBe('This is Test-NetConnection to <KMS host server> port 1688; the question is about kms01.corp.contoso.com. Run Test-NetConnection kms01.corp.contoso.com -Port 1688.');
  });

  it('a stripchart of time.windows.com when the KMS host\'s clock is asked', () => {
    expect(refusal('stripchart', fromSample('w32tm-stripchart-dataonly-1.txt'), { kmsHost: 'kms01.corp.contoso.com' }))
      .toMatch(/^This is w32tm \/stripchart of time\.windows\.com, not of the KMS host kms01\.corp\.contoso\.com\./);
  });

  it('an SRV lookup in another domain', () => {
    expect(refusal('srv-lookup', fromVariant('resolve-dnsname-srv-list.txt'), { domain: 'corp.contoso.com' }))
      .toContain('which looks in emea.contoso.com; the question is about corp.contoso.com');
  });

  it('a redacted record host is not put into an answer', () => {
    expect(refusal('srv-record-host', fromSample('nslookup-srv-found-1.txt'))).toMatch(/^kms-doctor read "\*my container hostname\*" from the output, but it is not a usable answer: /);
    expect(refusal('client-kms-host', fromSample('event-12288-client-1.txt'))).toContain('it names no KMS host this client uses');
  });

  it('slmgr\'s usage text answers nothing, anywhere', () => {
    const usage = fromSample('slmgr-usage-en-1.txt');
    for (const id of Object.keys(ANSWER_RULES)) expect(refusal(id, usage), id).toMatch(/^This is text kms-doctor does not recognise; /);
  });

  it('an error code no option is about', () => {
    expect(refusal('grace-code', fromSample('ato-error-0xc004f074-en-1.txt'))).toContain('it shows 0xC004F074, none of the codes this question is about');
  });
});

describe('variants answer the rest', () => {
  it('DNS: no record, timeout, two records', () => {
    expect(answer('srv-lookup', fromVariant('nslookup-srv-none.txt'), { domain: 'corp.contoso.com' }).event).toBe('NONE');
    expect(answer('srv-lookup', fromVariant('nslookup-srv-timeout.txt')).event).toBe('DNS_FAIL');
    expect(answer('srv-lookup', fromVariant('resolve-dnsname-srv-timeout-de.txt')).event).toBe('DNS_FAIL');
    expect(answer('client-domain', fromVariant('nslookup-srv-none.txt')).values).toEqual({ domain: 'corp.contoso.com' });
    const two = fromVariant('nslookup-srv-two-records.txt');
    expect(refusal('srv-record-host', two)).toBe('The lookup lists 2 hosts (kms01.corp.contoso.com, kms-old.corp.contoso.com). Type the one that should be the KMS host today.');
    expect(answer('srv-record-port', two, { kmsHost: 'kms-old.corp.contoso.com' }).values).toMatchObject({ port: 1688 });
    expect(answer('srv-record-host', fromVariant('resolve-dnsname-srv-table.txt')).values)
      .toMatchObject({ kmsHostFqdn: 'kms01.corp.contoso.com', kmsHost: 'kms01.corp.contoso.com', kmsHostDomain: 'corp.contoso.com' });
  });

  it('publishing: denied, another domain, off', () => {
    expect(answer('kms-publishing', fromVariant('event-12293-denied.txt')).event).toBe('DENIED');
    expect(answer('kms-publishing', fromVariant('event-12294-other-domain.txt'), { domain: 'corp.contoso.com' }).event).toBe('OTHER_DOMAIN');
    expect(refusal('kms-publishing', fromVariant('event-12294-other-domain.txt'), { domain: 'emea.contoso.com' })).toContain('published its record to emea.contoso.com');
    expect(answer('kms-publishing', readOutput(sample('dli-kms-host-1.txt').replace('DNS publishing enabled', 'DNS publishing disabled'))).event).toBe('OFF');
  });

  it('the port test: a name that does not resolve', () => {
    expect(answer('tcp-test', fromVariant('test-netconnection-no-name.txt'), { kmsHost: 'kms02.corp.contoso.com' }).event).toBe('NO_NAME');
    expect(answer('tcp-test', fromVariant('test-netconnection-closed-warning.txt'), { kmsHost: 'kms01', port: 1688 }).event).toBe('CLOSED');
  });

  it('events: no answer, count too low, another host, DNS', () => {
    expect(answer('client-events', fromVariant('events-client-no-reply.txt')).event).toBe('NO_ANSWER');
    expect(answer('client-events', fromVariant('events-client-count-low.txt')).event).toBe('COUNT');
    expect(answer('client-events', fromVariant('event-12288-xml.txt')).event).toBe('DNS');
    expect(answer('client-events-port', fromVariant('events-client-no-reply.txt'), { kmsHost: 'kms01.corp.contoso.com' }).event).toBe('OTHER_HOST');
    expect(answer('client-events-port', fromVariant('events-client-no-reply.txt'), { kmsHost: 'kms-old.corp.contoso.com' }).event).toBe('NO_REPLY');
    // The count a client's 12289 recorded is the host's count then, read on the client: offered, not taken.
    const told = answerFromOutput('kms-count', fromVariant('events-client-count-low.txt'), {});
    expect(told).toMatchObject({ ok: false, lead: { from: 'client', asked: 'host', value: '3' } });
  });

  it('cloned clients: the same CMID in two outputs, or in the host\'s 12290 events', () => {
    expect(answer('cmid-compare', fromVariant('dli-two-clients-same-cmid.txt')).event).toBe('SAME');
    const clones = answer('cmid-compare', fromVariant('events-host-12290-clones.txt'));
    expect(clones).toMatchObject({ event: 'SAME', facts: ['CMID 5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10 on pc043.corp.contoso.com, pc042.corp.contoso.com'] });
    expect(answer('cmid-compare', [fromSample('dli-kms-client-1.txt'), fromVariant('dli-kms-client-de.txt')]).event).toBe('DIFFERENT');
  });

  it('slmgr /dlv all: the licence in use answers, not the other editions listed', () => {
    const all = fromVariant('dlv-all-en.txt');
    expect(answer('channel', all).event).toBe('KMS_CLIENT');
    expect(answer('client-kms-host', all).values).toMatchObject({ kmsHost: 'kms01.corp.contoso.com' });
  });

  it('licence: no key, evaluation, host key, time source', () => {
    expect(answer('channel', fromVariant('dlv-no-key.txt')).event).toBe('NO_KEY');
    expect(answer('key-problem', fromVariant('dlv-no-key.txt')).event).toBe('NONE');
    expect(answer('host-status', fromVariant('dlv-kms-host-fr.txt')).event).toBe('LICENSED');
    expect(answer('host-listening-port', fromVariant('dlv-kms-host-fr.txt')).values).toMatchObject({ listenPort: 1700 });
    const evaluation = readOutput(sample('dlv-kms-client-error-1.txt').replace('ServerStandard edition', 'ServerStandardEval edition').replace('VOLUME_KMSCLIENT', 'TIMEBASED_EVAL'));
    expect(answer('evaluation-edition', evaluation).event).toBe('EVAL');
    expect(answer('channel', evaluation).event).toBe('EVAL');
    expect(answer('time-source', fromVariant('w32tm-status-cmos.txt')).event).toBe('LOCAL');
    expect(answer('time-source', fromVariant('w32tm-status-domain.txt')).event).toBe('SERVER');
    expect(answer('ato-direct', fromVariant('ato-success-skms.txt')).event).toBe('WORKS');
    expect(refusal('ato-direct', fromSample('ato-error-0xc004f074-en-1.txt'))).toContain('slmgr /ato failed with 0xC004F074');
  });

  it('a clock more than 4 hours off, measured in German', () => {
    const offset = answer('clock-offset', fromVariant('w32tm-stripchart-de.txt'), { kmsHost: 'kms01.corp.contoso.com' });
    expect(offset.values).toMatchObject({ skewDirection: 'behind', clockOffset: '5 h' });
  });
});
