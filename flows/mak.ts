// MAK activation and its errors: installing a MAK and activating it online or by phone, a MAK
// Microsoft calls invalid or blocked, a MAK with no activations left, a confirmation ID typed
// wrong, and online activation refused for the clock or the location. A known code skips the
// first screen; without one, the first screen asks what goes wrong. The last two branches live
// in flows/mak/, the phone activation in lib/activation.ts.

import type { FlowInput } from './lib/context.js';
import type { CommandItem } from './step.js';
import { CENTERS, phoneActivationStates } from './lib/activation.js';
import { LOOK_UP_CODE, handoff, input, lookUpCodeState, question, resolution } from './lib/builders.js';
import { skipByCode, type CodeRoutes } from './lib/code-routes.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';
import { NOT_CHECKED, codeFirst, readFirst } from './lib/read-first.js';
import { confirmationRetryStates } from './mak/confirmation-retry.js';
import { onlineRefusedStates } from './mak/online-refused.js';

/** The first screen a code skips to. */
const CODE_ROUTES: CodeRoutes = {
  '0xC004C001': 'invalidMak',
  '0xC004B100': 'invalidMak',
  '0x80070490': 'askMak',
  '0xC004C003': 'blocked',
  '0xC004C020': 'limit',
  '0xC004C021': 'limit',
  '0xC004F02C': 'phoneRetry',
  '0xC004F031': 'phoneRetry',
  '0xC004F04D': 'phoneRetry',
  '0xC004B011': 'clockSource',
  '0xC004C017': 'geoBlock',
};

const DLV: CommandItem = { ref: 'slmgr-dlv' };
const slmgrHelp = (lookFor: string) => ({ commands: [DLV], lookFor });

const machine = () => flowSetup.createMachine({
  id: 'mak',
  context: ({ input }: { input: FlowInput | undefined }) => {
    const context = contextFromInput({ input });
    return { ...context, answers: { keyFixedNote: '', ...context.answers } };
  },
  initial: 'start',
  states: {
    start: {
      always: skipByCode(CODE_ROUTES),
      meta: question({
        title: 'What do you need to do with the MAK?',
        body: ['A MAK (Multiple Activation Key) is your organisation\'s volume key: each machine activates with Microsoft directly, a limited number of times.'],
        options: [
          { label: 'Install a MAK and activate', event: 'INSTALL' },
          { label: 'Microsoft says the MAK is invalid or not supported', event: 'INVALID' },
          { label: 'The MAK is blocked', event: 'BLOCKED' },
          { label: 'The MAK has no activations left', event: 'LIMIT' },
          { label: 'Phone activation: the confirmation ID is refused', event: 'PHONE' },
          { label: 'Online activation is refused: wrong clock or location', event: 'ONLINE' },
          NOT_CHECKED,
        ],
        help: slmgrHelp('The error slmgr /ato printed, and "VOLUME_MAK channel" in the Description line. How many activations a MAK has left shows in VAMT or the Volume Licensing Service Center, not on the machine.'),
      }),
      on: { INSTALL: 'askMak', INVALID: 'invalidMak', BLOCKED: 'blocked', LIMIT: 'limit', PHONE: 'phoneRetry', ONLINE: 'onlineRefused', NOT_CHECKED: 'codeFirst' },
    },
    invalidMak: {
      meta: question({
        title: 'Is the key installed your organisation\'s MAK?',
        body: ['Compare the last five characters of the installed key ("Partial Product Key:" in slmgr /dlv) with your MAK in the Volume Licensing Service Center (VLSC).'],
        options: [
          { label: 'No: install our MAK', event: 'INSTALL' },
          { label: 'Yes, it is our MAK', event: 'SAME' },
          NOT_CHECKED,
        ],
        help: slmgrHelp('"Partial Product Key:" shows the last five characters of the installed key, and the Description line its channel (VOLUME_MAK for a MAK).'),
      }),
      // Installing our own MAK again does no harm, and rules the key out.
      on: { INSTALL: 'askMak', SAME: 'makRefused', NOT_CHECKED: 'askMak' },
    },
    askMak: {
      meta: input({
        title: 'Type or paste the MAK',
        body: ['Your organisation\'s MAK, from the Volume Licensing Service Center (VLSC), Product Keys. slmgr /ipk installs it even where the Settings screen refused it.'],
        field: 'makKey',
        help: slmgrHelp('The MAK is listed in VLSC under Product Keys. slmgr /dlv shows the last five characters of the key installed now ("Partial Product Key:").'),
      }),
      on: { ANSWER: { target: 'howActivate', actions: 'saveAnswer' } },
    },
    howActivate: {
      meta: question({
        title: 'How will {productKey} be activated?',
        body: ['Online needs this machine to reach Microsoft\'s activation servers over the internet; by phone works without.{keyFixedNote}'],
        options: [
          { label: 'Online: it reaches the internet', event: 'ONLINE' },
          { label: 'By phone: it has no internet access', event: 'PHONE' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ purpose: 'Test the connection to the internet', shell: 'powershell', where: 'client', elevated: false, changes: false, text: 'Test-NetConnection www.microsoft.com -Port 443' }],
          lookFor: '"TcpTestSucceeded : True" means the machine reaches the internet on HTTPS. Not sure? Try online first: if it fails, slmgr prints an error code and the next step looks it up.',
        },
      }),
      on: { ONLINE: 'makOnline', PHONE: 'phoneStart', NOT_CHECKED: 'makOnline' },
    },
    makOnline: {
      meta: resolution({
        title: 'Install the MAK, activate online',
        cause: 'A MAK (or a retail key) activates each machine directly with Microsoft. {productKey} replaces the key installed now.{keyFixedNote}',
        steps: [
          { text: 'On the client, note the key and channel now.', commands: [DLV] },
          { text: 'Install it: "Installed product key … successfully."', commands: [{ ref: 'slmgr-ipk', purpose: 'Install the MAK (or retail key)' }] },
          { text: 'Activate online. An error code leads to the next step.', commands: [{ ref: 'slmgr-ato', purpose: 'Activate online with Microsoft' }] },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }, { ref: 'xpr-permanent' }],
        next: LOOK_UP_CODE,
      }),
      on: { [LOOK_UP_CODE.event]: 'toCode' },
    },
    ...phoneActivationStates({
      prefix: 'phone', subject: 'this machine', where: 'client', install: { ref: 'slmgr-ipk', purpose: 'Install the MAK (or retail key)' },
      before: { steps: [{ text: 'On the client, note the key and channel now.', commands: [DLV] }] },
      verify: [{ ref: 'dlv-new-key-licensed' }, { ref: 'xpr-permanent' }],
    }),
    makRefused: {
      type: 'final',
      meta: resolution({
        title: 'Have Microsoft check the MAK',
        cause: 'Microsoft\'s activation server refuses the MAK itself: it is not valid or not supported for this product, although it is the key your organisation has.',
        steps: [
          { text: 'On the machine, note the last five characters ("Partial Product Key:") and the Name line (the edition).', commands: [DLV] },
          'In the Volume Licensing Service Center, check that this MAK is for exactly this Windows version and edition.',
          `If it is, contact ${CENTERS} and give them the key's last five characters and the error code.`,
          { text: 'Once the MAK is confirmed or replaced, activate again.', commands: [{ ref: 'slmgr-ato', purpose: 'Activate again once the MAK is confirmed or replaced' }] },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-mak-licensed' }],
      }),
    },
    blocked: {
      meta: question({
        title: 'Do you have a new MAK?',
        body: ['Microsoft has blocked this MAK, so it activates nothing any more; nothing on the machine can change that.'],
        options: [
          { label: 'Yes: install it', event: 'NEW' },
          { label: 'No', event: 'NONE' },
          NOT_CHECKED,
        ],
        help: slmgrHelp('Your MAKs are listed in the Volume Licensing Service Center (VLSC), Product Keys. "Partial Product Key:" in slmgr /dlv tells which one is installed.'),
      }),
      on: { NEW: 'askMak', NONE: 'blockedNoKey', NOT_CHECKED: 'blockedNoKey' },
    },
    blockedNoKey: {
      meta: resolution({
        title: 'Get a new MAK',
        cause: 'Microsoft has blocked this MAK on its activation servers. Only a new MAK helps.',
        steps: [
          { text: 'On the client, note the blocked key\'s last five characters ("Partial Product Key:").', commands: [DLV] },
          `Contact ${CENTERS} for a new MAK.`,
          { text: 'Install the new MAK (the next step fills it in): "Installed product key … successfully."', commands: [{ ref: 'slmgr-ipk', purpose: 'Install the new MAK' }] },
          { text: 'Activate.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
        next: { label: 'I have the new MAK: install it and activate', event: 'NEW' },
      }),
      on: { NEW: 'askMak' },
    },
    limit: {
      meta: question({
        title: 'Could this machine use KMS instead?',
        body: ['The MAK has used all its activations. KMS (or Active Directory-based activation) needs no MAK, only a KMS host the machine can reach.'],
        options: [
          { label: 'No: we need more activations for this MAK', event: 'MORE' },
          { label: 'Yes, we have a KMS host: switch it to KMS', event: 'KMS' },
          { label: 'We have another MAK with activations left', event: 'OTHER' },
          NOT_CHECKED,
        ],
        help: slmgrHelp('Ask whoever runs activation whether there is a KMS host ("nslookup -type=srv _vlmcs._tcp.<your domain>" lists them). VAMT or VLSC shows how many activations each MAK has left.'),
      }),
      on: { MORE: 'limitCall', KMS: 'toLookup', OTHER: 'askMak', NOT_CHECKED: 'limitFind' },
    },
    limitFind: readFirst({
      title: 'Find out whether KMS or another MAK can take over',
      cause: 'A machine that can reach a KMS host needs no MAK; otherwise another MAK with activations left, or more activations for this one, does.',
      steps: [
        { text: 'On the machine, look for a KMS host in its DNS domain: an SRV record for _vlmcs._tcp naming a host on port 1688 means your network has one.', commands: [{ ref: 'nslookup-srv-suffix' }] },
        'In VAMT or the Volume Licensing Service Center, see how many activations your other MAKs have left.',
      ],
      back: 'limit',
    }),
    limitCall: {
      type: 'final',
      meta: resolution({
        title: 'Ask for more MAK activations',
        cause: 'A MAK activates a limited number of times, by design, and this one has used them all. Microsoft can add activations.',
        steps: [
          { text: 'On the machine, note the last five characters of the MAK ("Partial Product Key:"), so you know which key it is.', commands: [DLV] },
          'Check in VAMT or the Volume Licensing Service Center how many activations are left on your other MAKs.',
          `Contact ${CENTERS} and ask for additional activations for this MAK.`,
          { text: 'Once they are added, activate again.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-mak-licensed' }],
      }),
    },
    ...confirmationRetryStates,
    ...onlineRefusedStates,
    codeFirst: codeFirst('toCode'),
    toLookup: { type: 'final', meta: handoff('key-lookup') },
    toCode: lookUpCodeState(),
  } as Record<string, object>,
});

/** The MAK flow. */
export const makFlow = defineFlow({ id: 'mak', title: 'MAK', machine, derived: [] });
