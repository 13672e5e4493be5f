// Clock skew (0xC004F06C): a KMS host refuses a client whose clock is more than 4 hours off
// its own, compared in UTC. Measure the difference (w32tm /stripchart, or the two UTC times
// read by hand), then either fix the clock or look elsewhere. Which clock to fix is asked, not
// guessed: a typed offset carries no trustworthy sign, and even a measured one only says which
// clock is ahead, not which is wrong.

import { beyondLimit, parseUtcTime, readingFromTimes, skewAnswers } from '../src/input/clock.js';
import { derive, handoff, input, question, resolution } from './lib/builders.js';
import type { Where } from './step.js';
import { contextFromInput, type Answers } from './lib/context.js';
import { KMS_HOST_IN_USE_HELP } from './lib/kms-host-in-use.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

/** The reading of the two UTC times typed on each machine (both already validated). */
function timesReading(answers: Answers) {
  const client = parseUtcTime(String(answers.clientUtc));
  const host = parseUtcTime(String(answers.hostUtc));
  if (!client.ok || !host.ok) throw new Error('clock-skew: UTC times reached the flow unvalidated');
  return readingFromTimes(client.value, host.value);
}

const fromTimes = derive((context) => skewAnswers(timesReading(context.answers)));

/** The end that fixes the clock of one machine (or of both, 'any'), with the commands aimed there. */
function clockFix(where: Where, machine: string) {
  const on = (ref: string, purpose?: string) => ({ ref, where, ...(purpose ? { purpose } : {}) });
  return {
    type: 'final' as const,
    meta: resolution({
      title: `Correct the clock of ${machine}`,
      cause: `{skewText} (from {skewSource}): more than the 4 hours KMS allows. The clock to fix is that of ${machine}.`,
      steps: [
        `On ${machine}, see where it takes its time from ("Source:" line). A domain member should use the domain; other machines an NTP server.`,
        'Set the time source: the domain hierarchy, or a list of NTP servers. UDP port 123 to the source must be open.',
        'Restart the Windows Time service and resynchronise now.',
        'Check the UTC time on both machines again (within 4 hours of each other), then activate the client.',
      ],
      commands: [
        on('w32tm-status'), on('utc-now', 'Show this machine\'s clock in UTC'), on('w32tm-config-domhier'), on('w32tm-config-peers'),
        on('restart-w32time'), on('w32tm-resync'), { ref: 'slmgr-ato' },
      ],
      verify: [{ ref: 'clock-synced', where }, { ref: 'clocks-close' }, { ref: 'ato-success' }],
    }),
  };
}

const UTC_HELP = 'It prints the machine\'s clock in UTC, e.g. "2026-11-23 14:22:58Z" (Z = UTC). The time zone setting does not matter: KMS compares UTC. Read both clocks within a minute or two of each other.';

const machine = () => flowSetup.createMachine({
  id: 'clock-skew',
  context: contextFromInput,
  initial: 'askHost',
  states: {
    askHost: {
      meta: input({
        title: 'Which KMS host does this client use?',
        body: ['Its clock is compared with the client\'s; its name or address is enough.'],
        field: 'kmsHost',
        prefill: true,
        help: KMS_HOST_IN_USE_HELP,
        reads: 'client-kms-host',
      }),
      on: { ANSWER: { target: 'measure', actions: 'saveAnswer' } },
    },
    measure: {
      meta: question({
        title: 'Run this on the client. What does it print?',
        body: ['It asks {kmsHost} for its time 3 times and prints the offset in seconds. It needs the host to answer time requests (NTP, UDP port 123).'],
        commands: [{ ref: 'w32tm-stripchart' }],
        options: [
          { label: 'Lines like 14:22:58, +00.1439319s', event: 'SAMPLES' },
          { label: 'An error (such as error: 0x800705B4)', event: 'ERROR' },
          { label: 'I will read the UTC time on both machines instead', event: 'BY_HAND' },
        ],
        help: {
          commands: [{ ref: 'w32tm-stripchart' }],
          lookFor: 'After "The current time is …", one line per sample: "14:22:58, +00.1439319s" is an offset of 0.14 s. Without /dataonly the offset is the "o:" value ("d:+00.0002322s o:+600.0106644s" is 600 s). 0x800705B4 means the host did not answer in time: it serves no NTP.',
        },
        reads: 'stripchart',
      }),
      on: { SAMPLES: 'askOffset', ERROR: 'askClientTime', BY_HAND: 'askClientTime' },
    },
    askOffset: {
      meta: input({
        title: 'Paste the sample lines, or type the offset',
        body: ['kms-doctor takes the middle sample. A typed offset is just the size of the gap: 600, 3.5s, 5h 12min or 2:30:00.'],
        field: 'clockOffset',
        help: {
          commands: [{ ref: 'w32tm-stripchart' }],
          lookFor: 'The lines after "The current time is …", e.g. "14:22:58, +00.1439319s" or "14:34:59, d:+00.0002322s o:+600.0106644s". Two UTC times work here too, client first: 2026-11-23 14:22:58Z 2026-11-23 19:35:10Z.',
        },
        reads: 'clock-offset',
      }),
      on: {
        ANSWER: [
          { guard: ({ event }) => beyondLimit(Number(event.values?.skewSeconds)), target: 'whichWrong', actions: 'saveAnswer' },
          { target: 'withinLimit', actions: 'saveAnswer' },
        ],
      },
    },
    askClientTime: {
      meta: input({
        title: 'On the client: what is the time in UTC?',
        body: ['Compare the two clocks by hand (w32tm cannot ask a host that serves no NTP). Run this on the client and type what it prints.'],
        field: 'clientUtc',
        commands: [{ ref: 'utc-now', where: 'client', purpose: 'Show this client\'s clock in UTC' }],
        help: { commands: [{ ref: 'utc-now', where: 'client' }], lookFor: UTC_HELP },
        reads: 'client-utc',
      }),
      on: { ANSWER: { target: 'askHostTime', actions: 'saveAnswer' } },
    },
    askHostTime: {
      meta: input({
        title: 'On {kmsHost}: what is the time in UTC?',
        body: ['Run the same command on the KMS host right away. The client said {clientUtc}.'],
        field: 'hostUtc',
        commands: [{ ref: 'utc-now', where: 'kms-host', purpose: 'Show the KMS host\'s clock in UTC' }],
        help: { commands: [{ ref: 'utc-now', where: 'kms-host' }], lookFor: UTC_HELP },
        reads: 'host-utc',
      }),
      on: {
        ANSWER: [
          {
            guard: ({ context, event }) => beyondLimit(timesReading({ ...context.answers, ...event.values }).seconds),
            target: 'whichWrong',
            actions: ['saveAnswer', fromTimes],
          },
          { target: 'withinLimit', actions: ['saveAnswer', fromTimes] },
        ],
      },
    },
    whichWrong: {
      meta: question({
        title: 'The clocks are {clockOffset} apart: which one is wrong?',
        body: [
          '{skewText} (from {skewSource}). A KMS host refuses a client whose clock is more than 4 hours off its own; clocks are compared in UTC, so time zones do not matter.',
          'Compare the UTC time of each machine with a clock you trust (a domain controller, say). The one that is off is the one to fix.',
        ],
        commands: [{ ref: 'utc-now', where: 'client', purpose: 'Show this client\'s clock in UTC' }, { ref: 'utc-now', where: 'kms-host', purpose: 'Show the KMS host\'s clock in UTC' }],
        options: [
          { label: 'The client\'s clock is wrong', event: 'CLIENT' },
          { label: 'The KMS host\'s clock ({kmsHost}) is wrong', event: 'HOST' },
          { label: 'Both, or I cannot tell', event: 'BOTH' },
        ],
        help: {
          commands: [{ ref: 'w32tm-status', where: 'any', purpose: 'On each machine: where it takes its time from' }],
          lookFor: 'A machine whose "Source:" line says "Local CMOS Clock" or "Free-running System Clock" synchronises with nothing: it is the likely wrong one. A domain member should show a domain controller.',
        },
      }),
      on: { CLIENT: 'fixClientClock', HOST: 'fixHostClock', BOTH: 'fixBothClocks' },
    },
    fixClientClock: clockFix('client', 'the client'),
    fixHostClock: clockFix('kms-host', 'the KMS host, {kmsHost}'),
    fixBothClocks: clockFix('any', 'each machine, the client and the KMS host'),
    withinLimit: {
      meta: question({
        title: 'The clocks are {clockOffset} apart: not the cause',
        body: ['{skewText}. KMS accepts up to 4 hours, so the clock does not stop activation. Look at the way to the host next.'],
        options: [
          { label: 'Check the KMS port on {kmsHost} (the host does not answer)', event: 'PORT' },
          { label: 'Check DNS (the client cannot find the host)', event: 'DNS' },
        ],
        help: {
          commands: [{ ref: 'events-client' }],
          lookFor: 'A 12288 event with no 12289 after it: the host never answered, check the port. A 12288 whose first value is 0x8007232B, or no 12288 at all: DNS names no host. A result of 0xC004F06C although these clocks agree: the client may ask another host than {kmsHost} (its 12288 names it as the third value).',
        },
      }),
      on: { PORT: 'toPort', DNS: 'toDns' },
    },
    toPort: { type: 'final', meta: handoff('port-1688', 'testPort') },
    toDns: { type: 'final', meta: handoff('dns-srv') },
  },
});

/** The clock-skew flow. */
export const clockSkewFlow = defineFlow({
  id: 'clock-skew',
  title: 'Clock skew',
  machine,
  derived: ['clockOffset', 'skewSeconds', 'skewDirection', 'skewText', 'skewSource'],
});
