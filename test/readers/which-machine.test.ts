// Issue 15, item 1: every event belongs to a machine — 12288 and 12289 to the client (its
// Application log), 12290 (the "Key Management Service" log), 12293 and 12294 to the KMS host.
// Output of one machine at a question about the other says so, reads what it does show and
// where it leads, and never answers as if the asked machine had logged nothing.

import { describe, expect, it } from 'vitest';
import { questionsAnswered, questionsRead } from '../../src/commands/parse-questions.js';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { outputsOf } from '../../src/readers/reading.js';
import { sample, variant } from './fixtures.js';

const host12290 = () => readOutput(sample('event-12290-host-1.txt'));

describe('the KMS host\'s 12290 at "What do the client\'s newest events 12288 and 12289 show?"', () => {
  it('is not read as "no event 12288: the client sent no request"', () => {
    const result = answerFromOutput('client-events', host12290(), {});
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/sent no request/);
  });

  it('says it is the KMS host\'s, that the request arrived, and the result; it points to the clock', () => {
    const result = answerFromOutput('client-events', host12290(), {});
    if (result.ok) throw new Error('answered');
    expect(result.message).toMatch(/KMS host's events, not the client's/);
    expect(result.message).toMatch(/reached the KMS host/);
    expect(result.lead).toMatchObject({ from: 'host', asked: 'client', event: 'CLOCK', code: '0xC004F06C' });
    expect(result.lead!.facts.join('\n')).toMatch(/Event 12290 on the KMS host .*arrived; the host answered 0xC004F06C/);
  });

  it('names the client the newest request came from', () => {
    const result = answerFromOutput('client-events', readOutput(variant('events-host-12290-clock.txt')), {});
    if (result.ok) throw new Error('answered');
    expect(result.lead?.facts[0]).toContain('pc042.corp.contoso.com');
    expect(result.lead?.facts[1]).toMatch(/2 requests from 2 clients/);
    expect(result.message).toContain('(pc042.corp.contoso.com)');
  });

  it('at the port question, points to "another result" (the request came through the port)', () => {
    const result = answerFromOutput('client-events-port', host12290(), { kmsHost: 'kms01.corp.contoso.com' });
    expect(result).toMatchObject({ ok: false, lead: { from: 'host', event: 'CODE', code: '0xC004F06C' } });
  });

  it('parse lists it among the questions it points to, not among those it answers', () => {
    const read = questionsRead(host12290());
    expect(read.answered).not.toContain('kms-contact.events');
    expect(read.answered).not.toContain('triage.askCode');
    expect(read.led).toContainEqual(expect.objectContaining({ question: 'kms-contact.events', from: 'host', event: 'CLOCK' }));
    expect(read.led).toContainEqual(expect.objectContaining({ question: 'triage.askCode', value: '0xC004F06C' }));
  });

  it('the client\'s own events still answer', () => {
    expect(answerFromOutput('client-events', readOutput(sample('event-12288-client-1.txt')), {})).toMatchObject({ ok: true, event: 'CLOCK' });
  });
});

describe('each reading knows its machine', () => {
  it('12288/12289 are the client\'s, 12290/12293/12294 the KMS host\'s', () => {
    expect(readOutput(sample('event-12288-client-1.txt')).facts.side).toBe('client');
    expect(host12290().facts.side).toBe('host');
    expect(readOutput(variant('event-12293-denied.txt')).facts.side).toBe('host');
  });

  it('a paste of both machines\' events is two outputs, each from its own machine', () => {
    const both = readOutput(`${sample('event-12288-client-1.txt')}\n\n${sample('event-12290-host-1.txt')}`);
    expect(outputsOf(both).map((r) => [r.kind, r.facts.side, r.facts.events?.map((e) => e.id)])).toEqual([
      ['event', 'client', [12288]],
      ['event', 'host', [12290]],
    ]);
    // The client's own 12288 answers; the host's 12290 beside it does not change that.
    expect(answerFromOutput('client-events', both, {})).toMatchObject({ ok: true, event: 'CLOCK' });
  });
});

describe('the other direction: the client\'s output at a question about the KMS host', () => {
  it('a client\'s /dlv (a KMS client key) at "is the host licensed" points to "no host key", without answering', () => {
    const result = answerFromOutput('host-status', readOutput(sample('dlv-kms-client-error-1.txt')), {});
    expect(result).toMatchObject({ ok: false, lead: { from: 'client', asked: 'host', event: 'NO_KEY' } });
    expect(questionsAnswered(readOutput(sample('dlv-kms-client-error-1.txt')))).not.toContain('kms-host.hostStatus');
  });

  it('the count a client\'s 12289 recorded is offered as the host\'s count, not taken', () => {
    const result = answerFromOutput('kms-count', readOutput(variant('events-client-count-low.txt')), {});
    expect(result).toMatchObject({ ok: false, lead: { from: 'client', asked: 'host', value: '3' } });
    if (!result.ok) expect(result.message).toMatch(/logged on the client, not the host's Current count/);
  });

  it('the client\'s events at "does the host publish its record" say whose they are', () => {
    const result = answerFromOutput('kms-publishing', readOutput(sample('event-12288-client-1.txt')), {});
    if (result.ok) throw new Error('answered');
    expect(result.message).toMatch(/These are the client's events, not the KMS host's/);
    expect(result.lead).toMatchObject({ from: 'client', asked: 'host', code: '0xC004F06C' });
  });

  it('a KMS host\'s collected JSON does not answer the client\'s SRV lookup: it points to it', () => {
    const hostJson = readOutput(variant('collect-host.json'));
    const result = answerFromOutput('srv-lookup', hostJson, {});
    if (result.ok) throw new Error('answered');
    expect(result.lead).toMatchObject({ from: 'host', asked: 'client' });
    expect(result.message).toMatch(/output of the KMS host, and the question is about the client/);
  });
});
