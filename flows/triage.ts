// The start of every session: what does the technician have? An error code goes straight
// to that code's flow; without one, a few questions about the machine lead to a flow.

import { findError } from '../src/catalog/catalog.js';
import { anatomySentence } from '../src/codes/facility.js';
import { LOOK_UP_CODE, handoff, input, question, resolution, update, withCode } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { clientEvaluationEnd, evaluationKindQuestion, evaluationKindRead } from './lib/evaluation-kind.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';
import { NOT_CHECKED, codeFirst, readFirst } from './lib/read-first.js';

/** Takes the typed code into context and, for unknown codes, what its bits tell. */
const takeCode = update((context, event) => {
  const code = String(event.values?.errorCode);
  return { code, answers: { ...context.answers, code, codeAnatomy: anatomySentence(code) } };
});

const machine = () => flowSetup.createMachine({
  id: 'triage',
  context: contextFromInput,
  initial: 'start',
  states: {
    start: {
      meta: question({
        title: 'What do you have to go on?',
        body: ['kms-doctor walks you from an activation problem to the fix, with the commands to run.'],
        options: [
          { label: 'An error code (for example 0xC004F074)', event: 'CODE' },
          { label: 'No code: Windows just will not activate', event: 'NO_CODE' },
          { label: 'Look up the KMS client setup key for an edition', event: 'KEYS' },
          { label: 'Create the DNS SRV record for a KMS host', event: 'SRV' },
          { label: 'Common procedures (MAK, KMS host, SRV record, assign a host, publish)', event: 'PROCEDURES' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'When activation fails, slmgr prints the code after "Error:"; slmgr /dlv shows it as "Notification Reason: 0x…".',
        },
      }),
      // Not sure whether there is a code: the questions about the machine find one.
      on: { CODE: 'askCode', NO_CODE: 'channel', KEYS: 'toKeys', SRV: 'toSrv', PROCEDURES: 'toProcedures', NOT_CHECKED: 'channel' },
    },
    askCode: {
      meta: input({
        title: 'Type or paste the error code',
        body: ['The whole line works too ("Error: 0xC004F074 The Software Licensing Service…"), or a block of slmgr output.'],
        field: 'errorCode',
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The "Error: 0x…" line that slmgr /ato printed, or the "Notification Reason:" line of slmgr /dlv.',
        },
        reads: 'error-code',
      }),
      on: {
        ANSWER: [
          { guard: ({ event }) => findError(String(event.values?.errorCode)) !== undefined, target: 'toCode', actions: ['saveAnswer', takeCode] },
          { target: 'unknownCode', actions: ['saveAnswer', takeCode] },
        ],
      },
    },
    unknownCode: {
      meta: question({
        title: '{code} is not in kms-doctor\'s catalog',
        body: ['{codeAnatomy}', 'On the Windows machine, the command below shows Windows\' own text for the code.'],
        commands: [{ ref: 'slui-text' }],
        options: [
          { label: 'Answer a few questions about the machine instead', event: 'NO_CODE' },
          { label: 'Type a different code', event: 'RETRY' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slui-text' }],
          lookFor: 'slui opens a window with Windows\' own text for the code. If it mentions DNS, the network or a KMS host, the questions about the machine lead to the right check.',
        },
      }),
      on: { NO_CODE: 'channel', RETRY: 'askCode', NOT_CHECKED: 'channel' },
    },
    channel: {
      meta: question({
        title: 'What does the Description line of slmgr /dlv say?',
        body: ['Run the command below on the machine that will not activate. Its Description line ends with the licence channel, which tells what kind of activation the machine uses.'],
        commands: [{ ref: 'slmgr-dlv' }],
        options: [
          { label: 'VOLUME_KMSCLIENT: a KMS client', event: 'KMS_CLIENT' },
          { label: 'VOLUME_KMS or VOLUME_KMS_C: a KMS host', event: 'KMS_HOST' },
          { label: 'VOLUME_MAK: activated with a MAK', event: 'MAK' },
          { label: 'RETAIL or OEM: its own retail or OEM key', event: 'RETAIL' },
          { label: 'TIMEBASED_EVAL: an evaluation edition', event: 'EVAL' },
          { label: '"Error: product not found", or no Description line', event: 'NO_KEY' },
          { label: 'Known symptom: the KMS count stays at 1 after imaging (cloned PCs)', event: 'CLONED' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The Description line, e.g. "Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel". The PowerShell version shows it as ProductKeyChannel: Volume:GVLK is a KMS client, Volume:MAK a MAK, Retail or OEM:DM a machine with its own key. Pasting the output here answers the question.',
        },
        reads: 'channel',
      }),
      on: {
        KMS_CLIENT: 'kmsClient', KMS_HOST: 'kmsHost', MAK: 'mak', RETAIL: 'retail', EVAL: 'evaluationKind',
        NO_KEY: { target: 'toCode', actions: withCode('0xC004F014') },
        CLONED: 'toClones',
        NOT_CHECKED: 'codeFirst',
      },
    },
    kmsClient: {
      meta: question({
        title: 'What goes wrong on this KMS client?',
        body: ['If you have not yet, run the command below: it tries to activate now and prints an error code when it fails.'],
        commands: [{ ref: 'slmgr-ato' }],
        options: [
          { label: 'slmgr /ato printed an error code', event: 'CODE' },
          { label: 'It cannot find a KMS host in DNS', event: 'DNS' },
          { label: 'It finds the KMS host but cannot reach it', event: 'PORT' },
          { label: 'The KMS host answers, but its count is too low', event: 'COUNT' },
          { label: 'The clocks of client and KMS host may differ', event: 'CLOCK' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'events-client' }],
          lookFor: 'Event 12288 is a request the client sent: its first value is the result code, its third the host and port it tried. A 12288 with no 12289 after it means the host never answered. A result of 0x8007232B means DNS named no host.',
        },
      }),
      on: {
        CODE: 'askCode',
        DNS: { target: 'toCode', actions: withCode('0x8007232B') },
        PORT: { target: 'toCode', actions: withCode('0xC004F074') },
        COUNT: { target: 'toCode', actions: withCode('0xC004F038') },
        CLOCK: { target: 'toCode', actions: withCode('0xC004F06C') },
        NOT_CHECKED: 'codeFirst',
      },
    },
    kmsHost: {
      meta: question({
        title: 'What goes wrong on this KMS host?',
        options: [
          { label: 'Clients cannot find it in DNS', event: 'DNS' },
          { label: 'Its count does not go up', event: 'COUNT' },
          { label: 'The host itself is not activated', event: 'UNACTIVATED' },
          { label: 'Publishing to DNS fails (event 12293)', event: 'PUBLISH' },
          { label: 'It turns away clients of a newer Windows version', event: 'VERSION' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dli-host' }, { ref: 'events-host-dns' }],
          lookFor: 'In slmgr /dli: "Current count", "Listening on Port" and "DNS publishing enabled". In the events: 12293 means publishing to DNS failed, 12294 that it worked.',
        },
      }),
      on: {
        DNS: { target: 'toCode', actions: withCode('0x8007232B') },
        COUNT: { target: 'toCode', actions: withCode('0xC004F038') },
        UNACTIVATED: { target: 'toCode', actions: withCode('0xC004F041') },
        PUBLISH: { target: 'toCode', actions: withCode('0x80072338') },
        VERSION: { target: 'toCode', actions: withCode('0xC004F042') },
        NOT_CHECKED: 'hostFind',
      },
    },
    hostFind: readFirst({
      title: 'Look at the KMS host first',
      cause: 'The host\'s own licence, its count and its DNS publishing events tell which part fails.',
      steps: [
        { text: 'On the KMS host, show its licence and count: anything but "License Status: Licensed" means the host itself is not activated; "Current count:" shows how many clients it has counted.', commands: [{ ref: 'slmgr-dli-host' }] },
        { text: 'Show its DNS publishing events: 12293 means publishing failed, 12294 that it worked.', commands: [{ ref: 'events-host-dns' }] },
      ],
      back: 'kmsHost',
    }),
    mak: {
      meta: question({
        title: 'What goes wrong with the MAK?',
        options: [
          { label: 'Activation printed an error code', event: 'CODE' },
          { label: 'The MAK has no activations left', event: 'LIMIT' },
          { label: 'The phone activation confirmation ID is refused', event: 'PHONE' },
          { label: 'I want this machine to use KMS instead', event: 'KEYS' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The error code slmgr /ato printed, and "VOLUME_MAK channel" in the Description line. How many activations a MAK has left shows in VAMT or the Volume Licensing Service Center, not on the machine.',
        },
      }),
      on: {
        CODE: 'askCode',
        LIMIT: { target: 'toCode', actions: withCode('0xC004C020') },
        PHONE: { target: 'toCode', actions: withCode('0xC004F02C') },
        KEYS: 'toKeys',
        NOT_CHECKED: 'codeFirst',
      },
    },
    retail: {
      meta: question({
        title: 'This machine has its own retail or OEM key',
        body: ['Retail and OEM keys activate with Microsoft directly; KMS and Active Directory-based activation only activate machines that carry a KMS client setup key.'],
        options: [
          { label: 'Make it a KMS client: find the setup key for its edition', event: 'KEYS' },
          { label: 'Keep its own key', event: 'KEEP' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: '"RETAIL channel" or "OEM_DM channel" in the Description line; the Name line gives the edition whose setup key you need.',
        },
      }),
      // Unsure: it keeps the key it has, and activating it shows whether that works.
      on: { KEYS: 'toKeys', KEEP: 'retailKeep', NOT_CHECKED: 'retailKeep' },
    },
    retailKeep: {
      meta: resolution({
        title: 'Activate with the machine\'s own key',
        cause: 'A retail or OEM key is activated by Microsoft\'s activation servers over the internet, not by a KMS host, so kms-doctor\'s KMS checks do not apply.',
        steps: [
          { text: 'On the machine, check the key and channel.', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'Activate online. If it prints an error code, the next step looks that code up.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-licensed' }, { ref: 'xpr-permanent' }],
        next: LOOK_UP_CODE,
      }),
      on: { [LOOK_UP_CODE.event]: 'askCode' },
    },
    // Only Windows Server's evaluation converts (flows/lib/evaluation-kind.ts): ask which first.
    evaluationKind: {
      meta: evaluationKindQuestion(),
      on: { SERVER: 'evaluation', CLIENT: 'evaluationClient', NOT_CHECKED: 'evaluationKindRead' },
    },
    evaluationKindRead: evaluationKindRead('evaluationKind'),
    evaluationClient: clientEvaluationEnd(),
    evaluation: {
      type: 'final',
      meta: resolution({
        title: 'Convert the Windows Server evaluation edition first',
        cause: 'A Windows Server evaluation edition cannot take a KMS client setup key or a MAK. It has to be converted to the full edition, with that edition\'s key, before it can activate.',
        steps: [
          {
            text: 'On the machine, list the editions this installation can be converted to.',
            commands: [{ purpose: 'List the editions this installation can become', shell: 'cmd', where: 'client', elevated: true, changes: false, text: 'DISM /online /Get-TargetEditions' }],
          },
          {
            text: 'Convert with DISM, giving the KMS client setup key (or your MAK) of the target edition, then restart.',
            commands: [{ purpose: 'Convert to the full edition with its key (ServerStandard, ServerDatacenter, …)', shell: 'cmd', where: 'client', elevated: true, changes: true, text: 'DISM /online /Set-Edition:{edition} /ProductKey:{productKey} /AcceptEula' }],
          },
          { text: 'After the restart, activate.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'edition-converted' }, { ref: 'ato-success' }, { ref: 'dlv-licensed' }],
      }),
    },
    codeFirst: codeFirst('askCode'),
    toCode: { type: 'final', meta: handoff('code') },
    toKeys: { type: 'final', meta: handoff('key-lookup') },
    // Cloned PCs share one client machine ID, so the host counts them once: the duplicate-CMID check.
    toClones: { type: 'final', meta: handoff('kms-count', 'compareIds') },
    toSrv: { type: 'final', meta: handoff('srv-create') },
    toProcedures: { type: 'final', meta: handoff('procedures') },
  },
});

/** The start flow. */
export const triageFlow = defineFlow({ id: 'triage', title: 'Start', machine, derived: ['code', 'codeAnatomy'] });
