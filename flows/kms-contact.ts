// Reaching the KMS host (0xC004F074; event 8198 with 0xC0020017 / 0x8007139F; 0xC004F056):
// the client's own events 12288 (request sent) and 12289 (answer received) say what went
// wrong, and so which check comes next: DNS, the port, the clock, the host's key or the count.

import { handoff, question, withCode } from './lib/builders.js';
import { contextFromInput, type FlowInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { NOT_CHECKED, pasteable } from './lib/not-checked.js';
import { flowSetup } from './lib/setup.js';

/** One line on what the code in context means here, above the question. */
function introFor(code: string | undefined): string {
  switch (code) {
    case '0xC0020017':
    case '0x8007139F':
      return '8198 says only that it failed; these say why (Azure: azkms.core.windows.net).';
    case '0xC004F056':
      return 'The client never reached a KMS host, or its activation lapsed: these say why.';
    default:
      return '12288 is a request the client sent, 12289 the answer it got.';
  }
}

const machine = () => flowSetup.createMachine({
  id: 'kms-contact',
  context: ({ input }: { input: FlowInput | undefined }) => {
    const context = contextFromInput({ input });
    return { ...context, answers: { ...context.answers, contactIntro: introFor(context.code) } };
  },
  initial: 'events',
  states: {
    events: {
      meta: question({
        title: 'What do the client\'s newest events 12288 and 12289 show?',
        body: ['{contactIntro}'],
        commands: [{ ref: 'events-client' }],
        options: [
          { label: 'No 12288, or its result is a DNS error (0x8007232B)', event: 'DNS' },
          { label: 'A 12288 with no 12289 after it: no answer', event: 'NO_ANSWER' },
          { label: 'A result of 0xC004F06C (the clocks differ)', event: 'CLOCK' },
          { label: 'A result of 0xC004F042 (the host cannot activate it)', event: 'HOST_KEY' },
          { label: 'A result of 0xC004F038 (the host\'s count is too low)', event: 'COUNT' },
          { label: 'Another result code', event: 'OTHER' },
          NOT_CHECKED,
        ],
        help: pasteable({
          commands: [{ ref: 'events-client' }],
          lookFor: '12288 Info, e.g. "0xC004F06C, 0x00000000, kms01.corp.contoso.com:1688, 36f27b39-…, 2010/09/29 17:52, 0, 2, 41760, 68531fb9-…, 5": result, status flags, host:port, CMID, client time, …, count needed. 12289 Info: result, flags, activated (1 or 0), 0, the host\'s count. The result 0x00000000 means success.',
        }),
        reads: 'client-events',
      }),
      on: {
        DNS: 'toDns',
        NO_ANSWER: 'toPort',
        CLOCK: { target: 'toClock', actions: withCode('0xC004F06C') },
        HOST_KEY: { target: 'toHostKey', actions: withCode('0xC004F042') },
        COUNT: { target: 'toCount', actions: withCode('0xC004F038') },
        OTHER: 'toCode',
        // Without the events, the checks go in their usual order: does DNS find a KMS host,
        // then does its port answer (dns-srv hands on to port-1688).
        NOT_CHECKED: 'toDns',
      },
    },
    toDns: { type: 'final', meta: handoff('dns-srv') },
    toPort: { type: 'final', meta: handoff('port-1688') },
    toClock: { type: 'final', meta: handoff('code') },
    toHostKey: { type: 'final', meta: handoff('code') },
    toCount: { type: 'final', meta: handoff('code') },
    toCode: { type: 'final', meta: handoff('triage', 'askCode') },
  },
});

/** The entry for codes that mean the client could not reach (or use) a KMS host. */
export const kmsContactFlow = defineFlow({ id: 'kms-contact', title: 'Reaching the KMS host', machine, derived: ['contactIntro'] });
