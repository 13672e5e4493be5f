// Grace and genuine states. 0xC004F009: the grace period ran out before activation (the
// channel decides how to activate). 0xC004F064/65: Windows is judged not genuine (is the key
// your own?). 0x8004FE21: not genuine, most often language packs (what the PC shows decides
// what to prepare before the reinstall Microsoft prescribes). 0xC004F200: a Windows 7 KMS
// client with update KB971033 (a legacy branch). The last two branches live in
// flows/grace-genuine/.

import { activationStates, makKey } from './lib/activation.js';
import { derive, handoff, question, resolution, withCode } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { NOT_CHECKED, atoRead, channelRead, codeFirst, readFirst } from './lib/read-first.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';
import { kb971033States } from './grace-genuine/kb971033.js';
import { notGenuineStates } from './grace-genuine/not-genuine.js';

const isCode = (...codes: string[]) => ({ context }: { context: { code?: string } }) => codes.includes(context.code ?? '');

/** Says where the non-genuine grace period stands, from the code. */
const noteGrace = derive((context) => ({
  graceNote: context.code === '0xC004F064'
    ? 'Its non-genuine grace period has already ended.'
    : 'Windows keeps working during the non-genuine grace period; slmgr /xpr shows until when.',
}));

const graceMak = activationStates({
  prefix: 'graceMak',
  subject: 'this PC',
  title: 'Activate the MAK',
  cause: 'The grace period (the time Windows allows before it must be activated) ran out before this PC was activated, so it is in the Notification state. Activating the MAK that is installed ends it.',
  verify: [{ ref: 'dlv-mak-licensed' }, { ref: 'xpr-permanent' }],
});

const genuineMak = activationStates({
  prefix: 'genuineMak',
  subject: 'this PC',
  title: 'Install your genuine MAK',
  cause: 'The genuine check failed, and the key is not your organisation\'s: your own MAK, installed and activated, makes it genuine again. {graceNote}',
  key: makKey('Install your genuine MAK', 'Type your organisation\'s MAK for this edition'),
  verify: [{ ref: 'dlv-new-key-licensed' }, { ref: 'xpr-permanent' }],
});


const machine = () => flowSetup.createMachine({
  id: 'grace-genuine',
  context: contextFromInput,
  initial: 'which',
  states: {
    which: {
      always: [
        { guard: isCode('0xC004F009'), target: 'graceChannel' },
        { guard: isCode('0xC004F064', '0xC004F065'), target: 'genuineKey' },
        { guard: isCode('0x8004FE21'), target: 'fe21Languages' },
        { guard: isCode('0xC004F200'), target: 'f200Check' },
      ],
      meta: question({
        title: 'Which of these does Windows show?',
        options: [
          { label: '0xC004F009: the grace period expired', event: 'F009' },
          { label: '0xC004F065: running within the non-genuine period', event: 'F065' },
          { label: '0xC004F064: the non-genuine grace period expired', event: 'F064' },
          { label: '0x8004FE21: "This computer is not running genuine Windows."', event: 'FE21' },
          { label: '0xC004F200: Windows 7, "non-genuine notification period"', event: 'F200' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The "Notification Reason:" line of slmgr /dlv, or the code slmgr /ato printed after "Error:". Pasting that output here answers the question.',
        },
        reads: 'grace-code',
      }),
      on: {
        F009: { target: 'graceChannel', actions: withCode('0xC004F009') },
        F065: { target: 'genuineKey', actions: withCode('0xC004F065') },
        F064: { target: 'genuineKey', actions: withCode('0xC004F064') },
        FE21: { target: 'fe21Languages', actions: withCode('0x8004FE21') },
        F200: { target: 'f200Check', actions: withCode('0xC004F200') },
        NOT_CHECKED: 'codeFirst',
      },
    },
    graceChannel: {
      meta: question({
        title: 'Which channel does the Description line of slmgr /dlv show?',
        body: ['The grace period has run out; how to activate depends on the channel.'],
        options: [
          { label: 'VOLUME_MAK: activated with a MAK', event: 'MAK' },
          { label: 'VOLUME_KMSCLIENT: a KMS client', event: 'KMS_CLIENT' },
          { label: 'RETAIL or OEM: its own key', event: 'RETAIL' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The Description line, e.g. "Description: Windows(R) Operating System, VOLUME_MAK channel", and "License Status: Notification". Pasting the output here answers the question.',
        },
        reads: 'channel-grace',
      }),
      on: { MAK: graceMak.first, KMS_CLIENT: 'graceKmsAto', RETAIL: 'graceRetail', NOT_CHECKED: 'graceChannelFind' },
    },
    graceChannelFind: channelRead('graceChannel'),
    ...graceMak.states,
    graceKmsAto: {
      meta: question({
        title: 'Activate now: what does slmgr /ato print?',
        body: ['A KMS client activates against its KMS host; it needs a host it can reach.'],
        commands: [{ ref: 'slmgr-ato' }],
        options: [
          { label: '"Product activated successfully."', event: 'ACTIVATED' },
          { label: 'An error code', event: 'ERROR' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'events-client' }],
          lookFor: 'slmgr prints "Error: 0x…" when activation fails. A 12288 event with no 12289 after it means the KMS host never answered. Pasting what slmgr printed here answers the question.',
        },
        reads: 'ato-grace',
      }),
      on: { ACTIVATED: 'graceKmsDone', ERROR: 'toCode', NOT_CHECKED: 'graceAtoRead' },
    },
    graceAtoRead: atoRead('graceKmsAto'),
    graceKmsDone: {
      type: 'final',
      meta: resolution({
        title: 'The KMS client is activated',
        cause: 'The client had not activated within its grace period, so it was in the Notification state. /ato activated it against the KMS host.',
        steps: [
          { text: 'On the client, check that the licence status is "License Status: Licensed".', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'See when the activation runs out: the client renews it by itself every 7 days while it reaches the KMS host.', commands: [{ ref: 'slmgr-xpr' }] },
        ],
        verify: [{ ref: 'dlv-kms-licensed' }, { ref: 'xpr-volume' }],
      }),
    },
    graceRetail: {
      type: 'final',
      meta: resolution({
        title: 'Activate the retail or OEM key',
        cause: 'The grace period ran out before Windows was activated. A retail or OEM key activates with Microsoft directly, not through volume activation.',
        steps: [
          { text: 'On the PC, look first: the channel, and "License Status: Notification".', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'Activate online. If that fails, use Settings, Activation, Troubleshoot, or escalate to whoever owns the licence.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-licensed' }],
      }),
    },
    genuineKey: {
      entry: noteGrace,
      meta: question({
        title: 'Is the installed key your organisation\'s?',
        body: ['{graceNote} Compare the "Partial Product Key" of slmgr /dlv (its last five characters) with your own keys.'],
        options: [
          { label: 'Yes: our MAK, or this edition\'s KMS client setup key', event: 'OURS' },
          { label: 'No: install our MAK', event: 'MAK' },
          { label: 'No: it should be a KMS client', event: 'KMS' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: '"Partial Product Key: XXXXX" in slmgr /dlv. Your MAKs are in VLSC; the KMS client setup keys are public (kms-doctor\'s start screen, "Look up the KMS client setup key").',
        },
      }),
      on: { OURS: 'genuineCall', MAK: genuineMak.first, KMS: 'toKeys', NOT_CHECKED: 'genuineKeyFind' },
    },
    genuineKeyFind: readFirst({
      title: 'Find out whose key it is',
      cause: 'Only Microsoft can clear a genuine check that failed on your own key; any other key is replaced by yours.',
      steps: [
        { text: 'On the PC, note the last five characters ("Partial Product Key:") and the channel at the end of the Description line.', commands: [{ ref: 'slmgr-dlv' }] },
        'Compare them with your MAKs in the Volume Licensing Service Center, or with the public setup key of this edition.',
        'Still can\'t tell? Treat it as not yours: installing your own MAK, or the setup key on a KMS network, fixes it either way.',
      ],
      back: 'genuineKey',
    }),
    genuineCall: {
      type: 'final',
      meta: resolution({
        title: 'Contact the Microsoft Licensing Activation Centers',
        cause: 'Windows\' genuine check (WAT, Windows Activation Tools) decided this copy is not genuine although it carries your organisation\'s key. {graceNote} Only Microsoft can clear that.',
        steps: [
          { text: 'On the PC, note the Name, Description, Partial Product Key, License Status and Notification Reason lines, and the /xpr date.', commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-xpr' }] },
          'Contact the Microsoft Licensing Activation Centers with those details.',
        ],
        verify: [{ ref: 'dlv-licensed' }],
      }),
    },
    ...genuineMak.states,
    ...notGenuineStates,
    ...kb971033States,
    codeFirst: codeFirst('toCode'),
    toKeys: { type: 'final', meta: handoff('key-lookup') },
    toCode: { type: 'final', meta: handoff('triage', 'askCode') },
  },
});

/** The flow for grace-period and genuine codes. */
export const graceGenuineFlow = defineFlow({
  id: 'grace-genuine',
  title: 'Grace and genuine',
  machine,
  derived: ['graceNote', 'product'],
});
